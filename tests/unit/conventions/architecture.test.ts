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

/** Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')` (types too). */
function imports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
}

/** The modules a file takes runtime values from: every import or re-export but the type-only ones. */
function valueImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const statements = text.matchAll(/\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]/g);
  return [...statements].flatMap(([, , typeOnly, clause = '', spec = '']) => {
    if (typeOnly) return [];
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    const specifiers =
      named?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    const allTypes = named !== null && specifiers.every((s) => s.startsWith('type '));
    return allTypes ? [] : [spec];
  });
}

function resolved(file: string, spec: string): string | null {
  return spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : null;
}

const files = [...sourceFiles('lib'), ...sourceFiles('components'), ...sourceFiles('entrypoints')];

describe('architecture conventions', () => {
  it('keeps lib/core pure: no platform, and no import (types included) from outside lib/core', () => {
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

  it('points dependencies one way: core ← app ← adapters ← entrypoints, types included', () => {
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
    // lib/app declares what it needs (lib/app/ports) and adapters implement it: not even a type
    // import goes up a layer.
    const offenders = files.flatMap((file) =>
      imports(file).flatMap((spec) => {
        const target = resolved(file, spec);
        if (!target) return [];
        const from = layer(file);
        const to = layer(target);
        if (from === -1 || to === -1) return [];
        return to > from ? [`${file} → ${target}`] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('lets views take only types from lib/app: they talk to the background through lib/messaging', () => {
    const views = [
      ...sourceFiles('components'),
      ...sourceFiles('entrypoints').filter((f) => !f.startsWith('entrypoints/background')),
    ];
    // A page's entry point composes what runs inside the page itself: the dashboard's backtest
    // workers (lib/app/research/optimiser, the driver the CLI runs on Node threads).
    const composes = (file: string, target: string) =>
      file.startsWith('entrypoints/') && target.startsWith('lib/app/research/optimiser/');
    const offenders = views.flatMap((file) =>
      valueImports(file)
        .filter((spec) => {
          const target = resolved(file, spec);
          return target?.startsWith('lib/app') === true && !composes(file, target);
        })
        .map((spec) => `${file} imports values from ${spec}`),
    );
    expect(offenders).toEqual([]);
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
