import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  candidatesOf,
  engineSettings,
  type OptimiseJobResult,
  type OptimiseRequest,
  runJob,
  TOP_CANDIDATES,
} from '../../../../lib/app/research/optimiser/backtest-job';
import {
  MAX_WORKERS,
  type RunOnWorker,
  splitOptimise,
  workerCount,
} from '../../../../lib/app/research/optimiser/split-optimise';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import { parseDatasetJson } from '../../../../lib/core/backtest/file/dataset-json';
import { optimise } from '../../../../lib/core/backtest/optimiser';
import { walkForward } from '../../../../lib/core/backtest/walk-forward';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const data = compileDataset(sample.dataset);

const request = (folds: number, mode: 'grid' | 'random'): Omit<OptimiseRequest, 'dataset'> => ({
  kind: 'optimise',
  strategy: 'balancing',
  params: { ...DEFAULT_STRATEGY_PARAMS, minLiquidity: 0, minVolume24h: 0 },
  initialCash: 1_000,
  search:
    mode === 'grid'
      ? {
          mode,
          grid: { divergenceThreshold: [0.2, 0.3], takeProfit: [0.2, 0.3, 0.4], stopLoss: [0.1, 0.15, 0.2] },
        }
      : {
          mode,
          space: { takeProfit: { min: 0.1, max: 0.6 }, stopLoss: { min: 0.05, max: 0.3 } },
          count: 13,
          seed: 5,
        },
  objective: 'sharpe',
  folds,
});

/** What the one-worker dashboard produced before the split: the core optimiser and walk-forward, whole. */
function singleRun(job: Omit<OptimiseRequest, 'dataset'>): OptimiseJobResult {
  const candidates = candidatesOf(job.search);
  const options = {
    strategy: job.strategy,
    base: job.params,
    settings: engineSettings(job.initialCash),
    objective: job.objective,
  };
  const result = optimise(data, candidates, options);
  return {
    kind: 'optimise',
    strategy: job.strategy,
    objective: job.objective,
    ranked: result.ranked.slice(0, TOP_CANDIDATES),
    runs: result.runs,
    skipped: result.skipped,
    notes: result.notes,
    walkForward: job.folds >= 3 ? walkForward(data, candidates, job.folds, options) : null,
  };
}

/** In-process workers; every message goes through structuredClone, as postMessage would. */
function inProcess(used: Set<number>): RunOnWorker {
  return async (worker, job, onProgress) => {
    used.add(worker);
    const result = await runJob(structuredClone(job), {
      onProgress,
      signal: { aborted: false },
      pause: () => Promise.resolve(),
    });
    return structuredClone(result);
  };
}

describe('optimiser split across workers', () => {
  const cases = [
    { folds: 0, mode: 'grid' },
    { folds: 3, mode: 'random' },
    { folds: 4, mode: 'grid' },
  ] as const;
  for (const workers of [1, 2, 3]) {
    for (const { folds, mode } of cases) {
      it(`${workers} worker(s), ${mode}, ${folds} walk-forward windows: exactly the single run`, async () => {
        const job = request(folds, mode);
        const used = new Set<number>();
        const progress: [number, number][] = [];
        const split = await splitOptimise(job, data, workers, inProcess(used), (d, t) =>
          progress.push([d, t]),
        );
        const single = singleRun(job);
        expect(single.runs).toBeGreaterThan(TOP_CANDIDATES);
        expect(split).toStrictEqual(single);
        expect(JSON.stringify(split)).toBe(JSON.stringify(single));
        expect([...used].sort()).toEqual(Array.from({ length: workers }, (_, i) => i));
        expect(progress.at(-1)).toEqual([single.runs + single.skipped, single.runs + single.skipped]);
        expect(progress.map(([d]) => d)).toEqual(progress.map((_, i) => i + 1));
      });
    }
  }

  it('says which walk-forward folds disagree, identically', async () => {
    const job = request(4, 'random');
    const split = await splitOptimise(job, data, 2, inProcess(new Set()), () => {});
    expect(split.walkForward?.folds).toHaveLength(3);
    expect(split.walkForward?.folds.some((f) => f.warning?.startsWith('sign flip'))).toBe(true);
    expect(split.walkForward?.folds.map((f) => f.warning)).toEqual(
      singleRun(job).walkForward?.folds.map((f) => f.warning),
    );
  });

  it('a failing chunk fails the whole optimisation', async () => {
    const failing: RunOnWorker = (worker, job, onProgress) =>
      worker === 1
        ? Promise.reject(new Error('worker 1 crashed'))
        : inProcess(new Set())(worker, job, onProgress);
    await expect(splitOptimise(request(0, 'grid'), data, 2, failing, () => {})).rejects.toThrow(
      'worker 1 crashed',
    );
  });

  it('uses min(cores, 4, sets) workers, at least one', () => {
    expect(workerCount(2, 100)).toBe(2);
    expect(workerCount(16, 100)).toBe(MAX_WORKERS);
    expect(workerCount(8, 3)).toBe(3);
    expect(workerCount(undefined, 100)).toBe(1);
    expect(workerCount(0, 100)).toBe(1);
    expect(workerCount(4, 0)).toBe(1);
  });
});
