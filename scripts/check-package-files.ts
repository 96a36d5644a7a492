/**
 * After `npm run zip`: every JavaScript file of the store packages stays under AMO's 4 MB limit per
 * file (addons.mozilla.org refuses larger files; the Chrome Web Store takes the same build).
 * Usage: tsx scripts/check-package-files.ts .output/chrome-mv3 .output/firefox-mv3
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const LIMIT_BYTES = 4 * 1024 * 1024;

function jsFiles(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(m?js)$/.test(name))
    .map((name) => ({ file: path.join(dir, name), bytes: statSync(path.join(dir, name)).size }));
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('Name the built extension folders to check.');
const files = dirs.flatMap(jsFiles);
const largest = [...files].sort((a, b) => b.bytes - a.bytes)[0];
const tooLarge = files.filter((f) => f.bytes >= LIMIT_BYTES);
for (const f of tooLarge) console.error(`${f.file}: ${(f.bytes / 1024 / 1024).toFixed(2)} MB ≥ 4 MB`);
console.info(
  `${files.length} JavaScript files checked; largest ${largest?.file} (${Math.round((largest?.bytes ?? 0) / 1024)} KB).`,
);
if (tooLarge.length > 0) process.exit(1);
