import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENUE_IDS } from '../../../lib/core/model/venue';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const full = path.join(abs, name);
    if (statSync(full).isDirectory()) return sourceFiles(path.join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path.join(dir, name)] : [];
  });
}

/** The use-cases that must see venues only through the Venue port (docs/architecture.md, "Adding a venue"). */
const VENUE_NEUTRAL = [
  'scan',
  'monitor',
  'trading',
  'whales',
  'venues',
  'passes',
  'market-data',
  'intelligence',
];

const VENUES_DIR = 'lib/adapters/venues';
const venueFolders = readdirSync(path.join(ROOT, VENUES_DIR)).filter((name) =>
  statSync(path.join(ROOT, VENUES_DIR, name)).isDirectory(),
);

describe('venue seam', () => {
  it('keeps the scan, the monitors, the trading engine and the whale pass free of any venue’s own reads', () => {
    const offenders = VENUE_NEUTRAL.flatMap((dir) => sourceFiles(`lib/app/${dir}`)).filter((file) => {
      const text = read(file);
      return /ports\/polymarket-reads|@polymarket\/|adapters\/(polymarket|kalshi|venues)/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('has one folder per venue under lib/adapters/venues, each implementing the Venue port', () => {
    expect(venueFolders).toContain('polymarket');
    for (const name of venueFolders) {
      expect(VENUE_IDS as readonly string[]).toContain(name);
      const entry = `${VENUES_DIR}/${name}/${name}-venue.ts`;
      expect(existsSync(path.join(ROOT, entry)), `${entry} exists`).toBe(true);
      const text = read(entry);
      expect(text, `${entry} returns a Venue`).toMatch(/export function \w+Venue\([^)]*\): Venue \{/);
      expect(text, `${entry} names its id`).toContain(`id: '${name}'`);
    }
  });

  it('composes every venue folder with one line of the registry', () => {
    const registry = read('entrypoints/background/compose-venues.ts');
    for (const name of venueFolders)
      expect(registry, `compose-venues.ts imports ${name}`).toContain(
        `lib/adapters/venues/${name}/${name}-venue'`,
      );
  });
});
