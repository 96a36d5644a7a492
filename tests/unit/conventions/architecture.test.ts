import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const full = path.join(abs, name);
    if (statSync(full).isDirectory()) return sourceFiles(path.join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path.join(dir, name)] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

function resolved(file: string, spec: string): string | null {
  return spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : null;
}

const files = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];

describe('architecture conventions', () => {
  it('keeps lib/core pure: no platform, no adapters, no app', () => {
    const offenders = sourceFiles('lib/core').flatMap((file) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const bad = imports(file).filter((spec) => {
        const target = resolved(file, spec);
        if (target) return !target.startsWith('lib/core') && !target.startsWith('lib/errors');
        return ['wxt', 'dexie', 'webextension-polyfill', 'react', 'viem', '@polymarket'].some(
          (pkg) => spec === pkg || spec.startsWith(`${pkg}/`),
        );
      });
      const platform =
        /\b(Date\.now|Math\.random|fetch\(|chrome\.|browser\.|indexedDB|localStorage|document\.|window\.)/.exec(
          text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
        );
      return [
        ...bad.map((b) => `${file} imports ${b}`),
        ...(platform ? [`${file} uses ${platform[1]}`] : []),
      ];
    });
    expect(offenders).toEqual([]);
  });

  it('points dependencies one way: core ← app ← adapters ← entrypoints', () => {
    const layer = (p: string) =>
      p.startsWith('lib/core')
        ? 0
        : p.startsWith('lib/app')
          ? 1
          : p.startsWith('lib/adapters')
            ? 2
            : p.startsWith('entrypoints')
              ? 3
              : -1;
    const offenders = files.flatMap((file) =>
      imports(file).flatMap((spec) => {
        const target = resolved(file, spec);
        if (!target) return [];
        const from = layer(file);
        const to = layer(target);
        if (from === -1 || to === -1) return [];
        // app may use adapters' row types only through `import type`; values flow in via ports.
        return to > from ? [`${file} → ${target}`] : [];
      }),
    );
    const valueImports = offenders.filter((o) => {
      const [file] = o.split(' → ');
      const text = readFileSync(path.join(ROOT, file ?? ''), 'utf8');
      const target = o.split(' → ')[1] ?? '';
      const spec = path.relative(path.dirname(file ?? ''), target);
      return new RegExp(
        `import (?!type)[^;]*['"][./]*${spec.replace(/^(\.\.\/)+/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`,
      ).test(text);
    });
    expect(valueImports).toEqual([]);
  });

  it('keeps components away from Dexie tables and adapters other than the store', () => {
    const offenders = sourceFiles('components').flatMap((file) =>
      imports(file)
        .filter((spec) => spec === 'dexie' || /lib\/adapters\/(?!storage)/.test(spec))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps every source file under 300 lines', () => {
    const long = [...files, ...sourceFiles('tests')]
      .map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('never uses `any`', () => {
    const code = (file: string) =>
      readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = files.filter((file) => /:\s*any\b|as any\b|<any>/.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
