import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Nothing Polymarket-specific above the venue seam (docs/architecture.md, "Adding a venue"): what a
 * venue decides (its reads, research, diagnostics, links) goes through the Venue port; what only
 * Polymarket has (the CTF: split, merge, redeem; the wallet doctor and its geoblock; the page
 * overlay) stays in the services named below, and each CTF path asks the venue first.
 */
const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** The code without its comments (a comment may name Polymarket's hosts and APIs). */
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const APP = sourceFiles('lib/app');
const ABOVE_SEAM = [...APP, ...sourceFiles('components')];

/** Polymarket-only services: the CTF (split, merge, redeem) and the wallet doctor (wallet, geoblock). */
const CTF_SERVICES = [
  'lib/app/ctf/',
  'lib/app/redeem/',
  'lib/app/trading/split-entry.ts',
  'lib/app/trading/merge-exit.ts',
  'lib/app/trading/trading-deps.ts',
  'lib/app/trading/trading-services.ts',
];
const POLYMARKET_ONLY = [
  ...CTF_SERVICES,
  'lib/app/ports/polymarket-reads.ts',
  'lib/app/wallet-doctor/',
  'components/overlay/',
  'components/options/wallet/',
];
const within = (file: string, list: readonly string[]) => list.some((p) => file === p || file.startsWith(p));

describe('the venue seam stays clean', () => {
  it('nothing in lib/app or the pages imports Polymarket’s own read port', () => {
    const offenders = ABOVE_SEAM.filter(
      (file) =>
        file !== 'lib/app/ports/polymarket-reads.ts' && /ports\/polymarket-reads['"]/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('only the Polymarket-only CTF services import the CTF port', () => {
    const offenders = ABOVE_SEAM.filter(
      (file) => /ports\/ctf-port['"]/.test(read(file)) && !within(file, [...CTF_SERVICES, 'lib/app/ports/']),
    );
    expect(offenders).toEqual([]);
  });

  it('every CTF path asks the venue first (no split, merge or redeem of a Kalshi row)', () => {
    for (const file of [
      'lib/app/trading/entry-method.ts',
      'lib/app/trading/merge-exit.ts',
      'lib/app/trading/exit-flow.ts',
      'lib/app/redeem/redeem-service.ts',
    ])
      expect(code(file), file).toMatch(/venueHasCtf\(/);
  });

  it('no polymarket.com link and no Gamma or CLOB read above the seam outside Polymarket-only services', () => {
    const offenders = ABOVE_SEAM.filter((file) => !within(file, POLYMARKET_ONLY)).filter((file) =>
      /polymarket\.com|\.gamma\.|\.clob\.|\bgetPricesHistory\b/.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });

  it('research and diagnostics reach venues only through the Venue port', () => {
    const files = [...sourceFiles('lib/app/research'), ...sourceFiles('lib/app/diagnostics')];
    const offenders = files.filter((file) => /polymarket|kalshi/i.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
