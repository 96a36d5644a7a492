import { availableParallelism } from 'node:os';
import type { OptimiseRequest, WorkerJob } from '../../lib/app/research/optimiser/backtest-job';
import { splitOptimise, workerCount } from '../../lib/app/research/optimiser/split-optimise';
import { type CompiledDataset, compileDataset } from '../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../lib/core/backtest/engine';
import { syntheticDataset } from '../../lib/core/backtest/synthetic-dataset';
import { DEFAULT_STRATEGY_PARAMS } from '../../lib/core/rules/params';
import { createStrategy } from '../../lib/core/strategies/registry';
import { createThreadPool } from '../../scripts/optimiser-threads';
import { atLeast, atMost, type BenchRow, row } from './support/bench-row';
import { percentile } from './support/stats';

const MARKETS = 200;
const DAYS = 365;
const RUNS = 5;
const SETS = 100;
/** Sets actually run unless `--full`: the rest is extrapolated (the runs are independent). */
const MEASURED_SETS = process.argv.includes('--full') ? SETS : 10;

function request(count: number): Omit<OptimiseRequest, 'kind' | 'dataset'> {
  return {
    strategy: 'balancing',
    params: DEFAULT_STRATEGY_PARAMS,
    initialCash: DEFAULT_ENGINE_SETTINGS.initialCash,
    search: {
      mode: 'random',
      space: {
        divergenceThreshold: { min: 0.1, max: 0.4, step: 0.01 },
        takeProfit: { min: 0.1, max: 0.6, step: 0.01 },
        stopLoss: { min: 0.05, max: 0.3, step: 0.01 },
        maxSlippage: { min: 0.005, max: 0.05, step: 0.005 },
      },
      count,
      seed: 7,
    },
    objective: 'sharpe',
    folds: 0,
  };
}

interface Timed {
  /** Estimated seconds for all SETS. */
  seconds: number;
  /** Sending the columns to every worker (once: later jobs name them), ms; paid once, not extrapolated. */
  fixedMs: number;
  measuredMs: number;
  /** Process CPU time (all threads) over wall time while measuring. */
  busyCores: number;
  json: string;
  runs: number;
  skipped: number;
}

/**
 * The dashboard's split (split-optimise.ts over its worker pool) on `workers` Node worker threads.
 * Threads are started and warmed before timing (the dashboard keeps its workers). The fixed cost is
 * an empty chunk on every worker, which sends it the dataset (the pool sends a dataset once per
 * worker); the optimisation then runs on the held dataset and is extrapolated from MEASURED_SETS to SETS.
 */
async function timeSplit(data: CompiledDataset, workers: number): Promise<Timed> {
  const pool = createThreadPool();
  try {
    const warm: WorkerJob = {
      kind: 'backtest',
      data: compileDataset({ markets: [], prices: {} }),
      strategies: [],
      params: DEFAULT_STRATEGY_PARAMS,
      initialCash: 1,
    };
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.run(i, warm, () => {})));
    const work = { ...request(MEASURED_SETS), data };
    const f = performance.now();
    await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        pool.run(i, { kind: 'optimise-chunk', work, part: { indexes: [] }, periods: [null] }, () => {}),
      ),
    );
    const fixedMs = performance.now() - f;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await splitOptimise(request(MEASURED_SETS), data, workers, pool.run, () => {});
    const measuredMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    return {
      seconds: (fixedMs + (measuredMs * SETS) / MEASURED_SETS) / 1000,
      fixedMs,
      measuredMs,
      busyCores: (used.user + used.system) / 1000 / measuredMs,
      json: JSON.stringify(result),
      runs: result.runs,
      skipped: result.skipped,
    };
  } finally {
    pool.stop();
  }
}

/**
 * Backtest throughput (absorbs scripts/bench-backtest.ts): 200 seeded synthetic markets × 1 year
 * hourly, the balancing strategy, median of 5 runs; then the optimiser over 100 random parameter sets,
 * split as the dashboard splits it, on 1 worker thread and on N = min(cores, 4, sets).
 */
export async function backtestBench(): Promise<BenchRow[]> {
  const dataset = syntheticDataset({ markets: MARKETS, spanMs: DAYS * 86_400_000, seed: 1, fullSpan: true });
  const c = performance.now();
  const data = compileDataset(dataset);
  const compileMs = performance.now() - c;
  const strategy = createStrategy('balancing', DEFAULT_STRATEGY_PARAMS);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let points = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    points = runBacktest(data, strategy, DEFAULT_ENGINE_SETTINGS).pricePoints;
    times.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const median = percentile(times, 50);
  const cpuMedian = percentile(cpuTimes, 50);
  const cores = availableParallelism();
  const n = workerCount(cores, SETS);
  const one = await timeSplit(data, 1);
  const many = await timeSplit(data, n);
  if (many.json !== one.json)
    throw new Error(`the ${n}-worker optimiser result differs from the 1-worker one`);
  const extrapolated =
    MEASURED_SETS < SETS
      ? `${MEASURED_SETS} sets measured, the rest extrapolated ×${SETS / MEASURED_SETS} (run with --full for all ${SETS})`
      : `all ${SETS} sets run`;
  const size = `${MARKETS} markets × ${DAYS} days hourly (${points.toLocaleString('en-US')} price points), seeded synthetic (fullSpan)`;
  const how = (t: Timed, workers: number) =>
    `splitOptimise (the dashboard's split and merge) on ${workers} Node worker thread${workers > 1 ? 's' : ''} (${cores} cores), ${SETS} seeded random parameter sets × ${size}, objective sharpe; ${extrapolated}; measured ${(t.measuredMs / 1000).toFixed(1)} s, plus ${t.fixedMs.toFixed(0)} ms sending the compiled columns to the workers once (counted once), ${t.busyCores.toFixed(2)} cores busy; ${t.runs} runs, ${t.skipped} skipped; dataset compiled once beforehand (${compileMs.toFixed(0)} ms)`;
  return [
    row(
      'backtest',
      'throughput, one core',
      (points / median) * 1000,
      'points/s',
      `runBacktest, balancing strategy, ${size}; median of ${RUNS} runs (${median.toFixed(0)} ms wall; ${cpuMedian.toFixed(0)} ms CPU = ${((points / cpuMedian) * 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} points per CPU-second); dataset compiled once`,
      atLeast(10_000_000, 'points/s'),
    ),
    row('backtest', 'optimiser, 100 sets, 1 worker', one.seconds, 's', how(one, 1)),
    row(
      'backtest',
      `optimiser, 100 sets, ${n} workers`,
      many.seconds,
      's',
      `${how(many, n)}; result identical to the 1-worker run (same ranking, numbers and notes); ×${(one.seconds / many.seconds).toFixed(2)} vs 1 worker`,
      atMost(15, 's'),
    ),
  ];
}
