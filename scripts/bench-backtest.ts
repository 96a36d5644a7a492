import { compileDataset } from '../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../lib/core/backtest/engine';
import { syntheticDataset } from '../lib/core/backtest/synthetic-dataset';
import { DEFAULT_STRATEGY_PARAMS } from '../lib/core/rules/params';
import { createStrategy, STRATEGY_NAMES } from '../lib/core/strategies/registry';
import { NO_SIGNAL, type Strategy } from '../lib/core/strategies/strategy';

/**
 * Backtest throughput on one core: 200 markets × 1 year of hourly prices (3.5 M points), seeded.
 * Prints (does not assert) price points per second for each strategy; the goal is ≥ 5 M points/s.
 *   npx tsx scripts/bench-backtest.ts [--markets 200] [--days 365] [--runs 5]
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const markets = arg('markets', 200);
const days = arg('days', 365);
const runs = arg('runs', 5);
const log = (line: string) => process.stdout.write(`${line}\n`);

let t = performance.now();
const dataset = syntheticDataset({ markets, spanMs: days * 86_400_000, seed: 1, fullSpan: true });
log(`generate: ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const data = compileDataset(dataset);
const compileMs = performance.now() - t;
log(`compile (merge ${data.time.length.toLocaleString('en')} points): ${compileMs.toFixed(0)} ms`);

/** Replay cost alone: a strategy that never enters (books still built for every flat market). */
const idle: Strategy = {
  ...createStrategy('balancing', DEFAULT_STRATEGY_PARAMS),
  name: 'replay only',
  entry: () => NO_SIGNAL,
  exit: () => ({ kind: 'hold', note: 'within_limits', decidedAt: 0 }),
};

for (const strategy of [
  idle,
  ...STRATEGY_NAMES.map((name) => createStrategy(name, DEFAULT_STRATEGY_PARAMS)),
]) {
  const name = strategy.name;
  const times: number[] = [];
  let trades = 0;
  let points = 0;
  for (let r = 0; r < runs; r++) {
    t = performance.now();
    const result = runBacktest(data, strategy, DEFAULT_ENGINE_SETTINGS);
    times.push(performance.now() - t);
    trades = result.trades.length;
    points = result.pricePoints;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const best = times[0] as number;
  const rate = (ms: number) => `${(((points / ms) * 1000) / 1e6).toFixed(2)} M points/s`;
  log(
    `${name.padEnd(15)} ${trades} trades; median ${median.toFixed(0)} ms (${rate(median)}), best ${best.toFixed(0)} ms (${rate(best)})`,
  );
}
