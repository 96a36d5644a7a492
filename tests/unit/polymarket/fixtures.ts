import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The recorded Polymarket payloads, copied into the repository (tests/fixtures/polymarket/README.md says where each came from). */
export const FIXTURE_DIR = resolve(repoRoot, 'tests/fixtures/polymarket');

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, name), 'utf8'));
}

/** Every recorded (not self-generated) JSON fixture. */
export function recordedFixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json') && !f.startsWith('SELF-GENERATED'));
}
