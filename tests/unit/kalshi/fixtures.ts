import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The Kalshi payloads copied into the repository (tests/fixtures/kalshi/README.md names each source). */
export const KALSHI_FIXTURE_DIR = resolve(repoRoot, 'tests/fixtures/kalshi');

export function kalshiFixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(KALSHI_FIXTURE_DIR, name), 'utf8'));
}
