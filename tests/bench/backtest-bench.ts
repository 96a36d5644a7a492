import { compileDataset } from '../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../lib/core/backtest/engine';
import { optimise } from '../../lib/core/backtest/optimiser';
import { randomCandidates } from '../../lib/core/backtest/param-space';
import { syntheticDataset } from '../../lib/core/backtest/synthetic-dataset';
import { createStrategy } from '../../lib/core/strategies/registry';
import { DEFAULT_STRATEGY_PARAMS } from '../../lib/core/strategy/params';
import { atLeast, atMost, type BenchRow, row } from './support/bench-row';
import { percentile } from './support/stats';

const MARKETS = 200;
const DAYS = 365;
const RUNS = 5;
const SETS = 100;
/** Sets actually run unless `--full`: the rest is extrapolated (the runs are independent). */
const MEASURED_SETS = process.argv.includes('--full') ? SETS : 10;

/**
 * Backtest throughput (absorbs scripts/bench-backtest.ts): 200 seeded synthetic markets × 1 year
 * hourly, the balancing strategy, median of 5 runs; then the optimiser over 100 random parameter sets.
 */
export async function backtestBench(): Promise<BenchRow[]> {
  const dataset = syntheticDataset({ markets: MARKETS, spanMs: DAYS * 86_400_000, seed: 1, fullSpan: true });
  const data = compileDataset(dataset);
  const strategy = createStrategy('balancing', DEFAULT_STRATEGY_PARAMS);
  const times: number[] = [];
  let points = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    points = runBacktest(data, strategy, DEFAULT_ENGINE_SETTINGS).pricePoints;
    times.push(performance.now() - t);
  }
  const median = percentile(times, 50);
  const sets = randomCandidates(
    {
      divergenceThreshold: { min: 0.1, max: 0.4, step: 0.01 },
      takeProfit: { min: 0.1, max: 0.6, step: 0.01 },
      stopLoss: { min: 0.05, max: 0.3, step: 0.01 },
      maxSlippage: { min: 0.005, max: 0.05, step: 0.005 },
    },
    SETS,
    7,
  );
  const t = performance.now();
  const result = optimise(data, sets.slice(0, MEASURED_SETS), {
    strategy: 'balancing',
    base: DEFAULT_STRATEGY_PARAMS,
    settings: DEFAULT_ENGINE_SETTINGS,
    objective: 'sharpe',
  });
  const optimiseMs = ((performance.now() - t) * sets.length) / MEASURED_SETS;
  const extrapolated =
    MEASURED_SETS < sets.length
      ? `; ${MEASURED_SETS} sets measured and extrapolated ×${sets.length / MEASURED_SETS} (run with --full for all ${sets.length})`
      : '';
  const size = `${MARKETS} markets × ${DAYS} days hourly (${points.toLocaleString('en-US')} price points), seeded synthetic (fullSpan)`;
  return [
    row(
      'backtest',
      'throughput, one core',
      (points / median) * 1000,
      'points/s',
      `runBacktest, balancing strategy, ${size}; median of ${RUNS} runs (${median.toFixed(0)} ms); dataset compiled once`,
      atLeast(5_000_000, 'points/s'),
    ),
    row(
      'backtest',
      'optimiser, 100 sets',
      optimiseMs / 1000,
      's',
      `optimise() over ${sets.length} seeded random parameter sets × ${size}, objective sharpe, one core, in process; ${result.runs} runs, ${result.skipped} skipped${extrapolated}`,
      atMost(30, 's'),
    ),
  ];
}
