import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

/** `npm run backtest` runs under plain Node (tsx), outside the extension's bundler. */
describe('backtest command line', () => {
  it('prints a reproducible report for the sample dataset', () => {
    const run = () =>
      execFileSync(
        'npx',
        [
          'tsx',
          'scripts/backtest.ts',
          '--data',
          'tests/fixtures/backtest/sample.json',
          '--strategy',
          'balancing,momentum',
          '--json',
        ],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    const first = JSON.parse(run()) as { strategy: string; summary: { trades: number; totalPnl: number } }[];
    expect(first.map((r) => r.strategy)).toEqual(['balancing', 'momentum']);
    expect(first[0]?.summary.trades).toBeGreaterThan(0);
    // Same data, same settings → same result.
    expect(JSON.parse(run())).toEqual(first);
  }, 60_000);

  it('says what is wrong with a bad dataset file', () => {
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/backtest.ts', '--data', 'package.json'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      stderr =
        String((error as { stderr?: string }).stderr ?? '') +
        String((error as { stdout?: string }).stdout ?? '');
    }
    expect(stderr.length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 60_000);
});
