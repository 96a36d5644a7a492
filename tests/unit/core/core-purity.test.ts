import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../../lib/core/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = files(CORE).map((path) => ({
  path: path.slice(CORE.length),
  text: readFileSync(path, 'utf8'),
}));

describe('lib/core stays pure (style.md §2, §4, §10)', () => {
  it('finds the core sources', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(sources)('$path: no platform, clock, randomness or outer-layer imports', ({ text }) => {
    expect(text).not.toMatch(
      /\bDate\.now\b|new Date\(|Math\.random|\bfetch\(|\b(chrome|browser)\.(runtime|storage|tabs|alarms|action|scripting|notifications)\b|\bwindow\.|\bdocument\.|\blocalStorage\b/,
    );
    expect(text).not.toMatch(/from '(\.\.\/)+(adapters|app|entrypoints|components|messaging)\b/);
    expect(text).not.toMatch(/from '(#imports|wxt|dexie|react)/);
    expect(text).not.toMatch(/:\s*any\b|as any\b/);
  });

  it.each(sources)('$path: under the 300-line ceiling', ({ text }) => {
    expect(text.split('\n').length).toBeLessThanOrEqual(300);
  });
});
