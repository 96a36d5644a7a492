import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { atMost, type BenchRow, row } from './support/bench-row';

const OUT = '.output/chrome-mv3';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return jsFiles(path);
    return e.name.endsWith('.js') ? [path] : [];
  });
}

/** `npx wxt build` (production), then the size of every built JS file in .output/chrome-mv3. */
export async function buildSizeBench(): Promise<BenchRow[]> {
  const t = performance.now();
  const build = spawnSync('npx', ['wxt', 'build'], { encoding: 'utf8' });
  const buildS = (performance.now() - t) / 1000;
  if (build.status !== 0) throw new Error(`wxt build failed: ${build.stderr.slice(-500)}`);
  const files = jsFiles(OUT)
    .map((path) => ({ path: path.slice(OUT.length + 1), kb: statSync(path).size / 1024 }))
    .sort((a, b) => b.kb - a.kb);
  return [
    row('extension', 'wxt build', buildS, 's', 'npx wxt build (production), wall time'),
    ...files.map((f) =>
      row(
        'extension',
        f.path,
        f.kb,
        'KB',
        `size on disk of ${OUT}/${f.path} after the build`,
        atMost(4096, 'KB'),
      ),
    ),
  ];
}
