import { readFileSync } from 'node:fs';

const DIR = '/work/shared/fixtures/polymarket';

/** A recorded Polymarket payload from /work/shared/fixtures/polymarket (polymarket-api.md §11). */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8'));
}
