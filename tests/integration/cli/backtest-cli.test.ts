import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type JsonReport, jsonReportSchema } from '../../../lib/core/backtest/edge/json-report-schema';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = 'tests/fixtures/backtest/sample.json';

function cli(args: readonly string[]): string {
  return execFileSync('npx', ['tsx', 'scripts/backtest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The whole of stdout must be ONE JSON document matching the schema. */
function report(args: readonly string[]): JsonReport {
  return jsonReportSchema.parse(JSON.parse(cli([...args, '--json'])));
}

/** `npm run backtest` runs under plain Node (tsx), outside the extension's bundler. */
describe('backtest command line', () => {
  it('prints ONE reproducible JSON document for several strategies', () => {
    const args = ['--data', SAMPLE, '--strategy', 'balancing,momentum'];
    const first = report(args);
    expect(first.mode).toBe('compare');
    expect(first.strategies.map((r) => r.strategy)).toEqual(['balancing', 'momentum']);
    const [balancing] = first.strategies;
    expect(balancing?.summary.trades).toBeGreaterThan(0);
    expect(balancing?.trades).toHaveLength(balancing?.summary.trades ?? -1);
    // The sample is price-only: every fill is modelled, and the rules it cannot check are named.
    expect(balancing?.assumptions).toMatchObject({ bookModel: 'modelled', spread: 0.03, depth: 200 });
    expect(balancing?.assumptions.notChecked).toEqual([
      'spread',
      'depth',
      'liquidity',
      'volume',
      'score_threshold',
    ]);
    expect(balancing?.trades.every((t) => t.fills === 'modelled' && t.exitedAt >= t.enteredAt)).toBe(true);
    // The baselines on the same entries, with the same statistics; no trade is 0.
    expect(balancing?.baselines.holdBoth).toMatchObject({ trades: 8, skipped: 0, minTrades: 30 });
    expect(balancing?.baselines.holdBoth.meanTradeReturn).toEqual(expect.any(Number));
    expect(balancing?.baselines.noTrade).toEqual({ trades: 0, totalPnl: 0, meanTradeReturn: 0 });
    // 8 trades: fewer than the floor, so no verdict either way.
    expect(balancing?.summary).toMatchObject({ verdict: 'inconclusive', verdictReason: 'too_few_trades' });
    // Same data, same settings, same seed → same result, bootstrap interval included.
    expect(report(args)).toEqual(first);
  }, 60_000);

  it('prints ONE JSON document for a grid over several strategies, and for a walk-forward', () => {
    const grid = report([
      '--data',
      SAMPLE,
      '--strategy',
      'balancing,momentum',
      '--grid',
      'divergenceThreshold=0.2,0.3',
      'takeProfit=0.2,0.3',
      '--top',
      '3',
    ]);
    expect(grid.mode).toBe('optimise');
    expect(grid.optimiser.map((o) => [o.strategy, o.objective, o.runs])).toEqual([
      ['balancing', 'edgeLowerBound', 4],
      ['momentum', 'edgeLowerBound', 4],
    ]);
    // Fewer than 30 trades everywhere: nothing is rankable, so nothing shows an edge.
    expect(grid.optimiser.every((o) => o.noPositiveScore)).toBe(true);
    expect(grid.strategies.map((s) => [s.strategy, s.rank])).toEqual([
      ['balancing', 1],
      ['balancing', 2],
      ['balancing', 3],
      ['momentum', 1],
      ['momentum', 2],
      ['momentum', 3],
    ]);
    expect(grid.strategies.every((s) => s.set !== null && s.score === null)).toBe(true);

    const wf = report(['--data', SAMPLE, '--grid', 'divergenceThreshold=0.2,0.3', '--walk-forward', '3']);
    expect(wf.mode).toBe('walk_forward');
    expect(wf.walkForward[0]?.folds.map((f) => f.status)).toEqual(['not_rankable', 'not_rankable']);
    expect(wf.strategies).toEqual([]); // nothing elected, nothing to run out of sample

    // With the floor at 2 trades the folds elect a point, each reported on its test window.
    const low = ['--data', SAMPLE, '--grid', 'divergenceThreshold=0.2,0.3', '--walk-forward', '3'];
    const rankable = report([...low, '--min-trades', '2']);
    const folds = rankable.walkForward[0]?.folds ?? [];
    expect(folds.map((f) => f.status)).toEqual(['ok', 'ok']);
    expect(rankable.strategies.map((s) => s.window)).toEqual(folds.map((f) => f.test));
    expect(rankable.strategies.every((s) => s.summary.minTrades === 2 && s.set !== null)).toBe(true);
  }, 120_000);

  it('the text report opens with its book model, the rules it could not check and the verdict', () => {
    const lines = cli(['--data', SAMPLE]).split('\n');
    expect(lines[1]).toMatch(/^Fills are MODELLED, not observed.*3¢ spread.*200 shares per level/);
    expect(lines.slice(0, 5).join('\n')).toMatch(/Not checked: liquidity, volume, score threshold/);
    expect(lines.find((l) => l.startsWith('[balancing] Edge:'))).toMatch(
      /^\[balancing\] Edge: inconclusive \(fewer than 30 trades\) — mean per trade −?\d+\.\d % \(95 % CI −?\d+\.\d % to −?\d+\.\d %\), 8 trades$/,
    );
    const at = lines.findIndex((l) => l.startsWith('[balancing] Edge:'));
    expect(lines[at + 1]).toMatch(
      /^ {2}Baseline, hold both legs to resolution .*: inconclusive \(fewer than 30 trades\) — mean per trade −?\d+\.\d % \(95 % CI .*\), 8 trades; total P&L/,
    );
    expect(lines[at + 2]).toBe('  Baseline, no trade: 0.0 % per trade, $0.00');
  }, 60_000);

  it('--spread and --depth set the book model, and the report names them', () => {
    const wide = report(['--data', SAMPLE, '--spread', '0.05', '--depth', '50']);
    const [balancing] = wide.strategies;
    expect(balancing?.assumptions).toMatchObject({ bookModel: 'modelled', spread: 0.05, depth: 50 });
    // A 5¢ model is wider than the live 3¢ maxSpread: the spread rule refuses every entry.
    expect(balancing?.summary.trades).toBe(0);
    expect(cli(['--data', SAMPLE, '--spread', '0.05', '--depth', '50']).split('\n')[1]).toMatch(
      /5¢ spread.*50 shares per level/,
    );
    expect(cli(['--data', SAMPLE, '--spread', '0.05']).split('\n')[2]).toBe(
      "The book model's 5¢ spread is wider than maxSpread (3¢): the spread rule refuses every entry on a modelled book.",
    );
  }, 60_000);

  it('--help prints the usage and exits 0', () => {
    const text = cli(['--help']);
    expect(text).toMatch(/^Usage: npm run backtest -- --data/);
    expect(text).toMatch(/--json/);
  }, 60_000);

  it('merges repeated and listed --data files, and says on stderr what each contributed and what is missing', () => {
    const dir = 'tests/fixtures/backtest/import';
    const run = spawnSync(
      'npx',
      [
        'tsx',
        'scripts/backtest.ts',
        '--data',
        `${dir}/markets.csv`,
        '--data',
        `${dir}/trades.csv,${dir}/trades-bad.csv`,
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const json = jsonReportSchema.parse(JSON.parse(run.stdout));
    expect(json.dataset).toEqual({ markets: 2, pricePoints: 7 });
    expect(run.stderr).toContain(`${dir}/markets.csv (markets table): 2 markets, 1 resolution`);
    expect(run.stderr).toContain(`${dir}/trades.csv (trade tape): 6 price points, from 6 trades`);
    expect(run.stderr).toContain(`${dir}/trades-bad.csv line 4, outcome: must be YES or NO, got "MAYBE"`);
    expect(run.stderr).toContain('missing: no books: fills will be modelled');
    expect(run.stderr).toContain('missing: no resolution for market "Will the index close above 5000?"');
  }, 60_000);

  it('says what is wrong with a bad dataset file', () => {
    let stderr = '';
    try {
      cli(['--data', 'package.json']);
    } catch (error) {
      stderr =
        String((error as { stderr?: string }).stderr ?? '') +
        String((error as { stdout?: string }).stdout ?? '');
    }
    expect(stderr.length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 60_000);
});
