import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSettings } from '../../../../lib/app/research/optimiser/backtest-job';
import { createBacktestRunner } from '../../../../lib/app/research/optimiser/backtest-runner';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import { runBacktest } from '../../../../lib/core/backtest/engine';
import { parseDatasetJson } from '../../../../lib/core/backtest/file/dataset-json';
import { buildReport } from '../../../../lib/core/backtest/report';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { createStrategy } from '../../../../lib/core/strategies/registry';
import { type FakeWorker, fakeWorker } from './fake-worker';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const dataset = sample.dataset;
const params = { ...DEFAULT_STRATEGY_PARAMS, minLiquidity: 0, minVolume24h: 0 };

function runner() {
  const spawned: FakeWorker[] = [];
  const r = createBacktestRunner(() => {
    const w = fakeWorker();
    spawned.push(w);
    return w;
  }, 4);
  return { r, spawned };
}

describe('the page backtest runner (composed by the dashboard entry, used by the Backtest tab)', () => {
  it('runs a backtest on a worker with the same result as the engine in this thread', async () => {
    const { r } = runner();
    const progress: number[] = [];
    const result = await r.run(
      { kind: 'backtest', dataset, strategies: ['balancing'], params, initialCash: 1_000 },
      1,
      (done) => progress.push(done),
    );
    if (result.kind !== 'backtest') throw new Error('expected a backtest result');
    const direct = runBacktest(
      compileDataset(dataset),
      createStrategy('balancing', params),
      engineSettings(1_000),
    );
    expect(result.reports[0]?.summary).toEqual(buildReport(direct).summary);
    expect(progress.at(-1)).toBe(1);
  });

  it('splits an optimisation across the workers and starts them again after stop()', async () => {
    const { r, spawned } = runner();
    const job = {
      kind: 'optimise' as const,
      dataset,
      strategy: 'balancing' as const,
      params,
      initialCash: 1_000,
      search: { mode: 'grid' as const, grid: { divergenceThreshold: [0.2, 0.3, 0.4, 0.5] } },
      objective: 'totalReturn' as const,
      folds: 0,
    };
    const first = await r.run(job, 4, () => {});
    expect(spawned.length).toBeGreaterThan(1);
    r.stop();
    expect(spawned.every((w) => w.terminated)).toBe(true);
    const again = await r.run(job, 4, () => {});
    if (first.kind !== 'optimise' || again.kind !== 'optimise') throw new Error('expected optimise results');
    expect(again.ranked.map((c) => c.score)).toEqual(first.ranked.map((c) => c.score));
    expect(spawned.some((w) => !w.terminated)).toBe(true);
  });
});
