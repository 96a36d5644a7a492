import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerJob } from '../../../../lib/app/research/optimiser/backtest-job';
import { splitOptimise } from '../../../../lib/app/research/optimiser/split-optimise';
import { createWorkerPool, PoolStopped } from '../../../../lib/app/research/optimiser/worker-pool';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import { parseDatasetJson } from '../../../../lib/core/backtest/file/dataset-json';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { type FakeWorker, fakeWorker } from './fake-worker';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const data = compileDataset(sample.dataset);
const params = { ...DEFAULT_STRATEGY_PARAMS, minLiquidity: 0, minVolume24h: 0 };
function pool() {
  const spawned: FakeWorker[] = [];
  const workers = createWorkerPool(() => {
    const w = fakeWorker();
    spawned.push(w);
    return w;
  });
  return { workers, spawned };
}

const backtestJob: WorkerJob = {
  kind: 'backtest',
  data,
  strategies: ['balancing', 'momentum'],
  params,
  initialCash: 1_000,
};

describe('backtest worker pool', () => {
  it('starts workers on first use, keeps them, and routes progress and results by job', async () => {
    const { workers, spawned } = pool();
    const progress: string[] = [];
    const [a, b] = await Promise.all([
      workers.run(0, backtestJob, (d, t) => progress.push(`w0 ${d}/${t}`)),
      workers.run(1, backtestJob, (d, t) => progress.push(`w1 ${d}/${t}`)),
    ]);
    expect(spawned).toHaveLength(2);
    expect(a).toStrictEqual(b);
    expect(progress.filter((p) => p.startsWith('w0'))).toEqual(['w0 1/2', 'w0 2/2']);
    expect(progress.filter((p) => p.startsWith('w1'))).toEqual(['w1 1/2', 'w1 2/2']);
    await workers.run(0, backtestJob, () => {});
    expect(spawned).toHaveLength(2);
  });

  it('stop terminates every worker at once; running jobs reject and the next job starts afresh', async () => {
    const { workers, spawned } = pool();
    const running = [workers.run(0, backtestJob, () => {}), workers.run(1, backtestJob, () => {})];
    workers.stop();
    for (const job of running) await expect(job).rejects.toBeInstanceOf(PoolStopped);
    expect(spawned.every((w) => w.terminated)).toBe(true);
    await workers.run(0, backtestJob, () => {});
    expect(spawned).toHaveLength(3);
  });

  it('a crashed worker fails its own jobs only and is replaced on next use', async () => {
    const { workers, spawned } = pool();
    const first = workers.run(0, backtestJob, () => {});
    const second = workers.run(1, backtestJob, () => {});
    spawned[0]?.crash('out of memory');
    await expect(first).rejects.toThrow('out of memory');
    await expect(second).resolves.toMatchObject({ kind: 'backtest' });
    await workers.run(0, backtestJob, () => {});
    expect(spawned).toHaveLength(3);
  });

  it('sends a dataset to each worker once; later jobs name it, a new dataset or a new worker gets it again', async () => {
    const posted: string[] = [];
    const spawned: FakeWorker[] = [];
    const workers = createWorkerPool(() => {
      const w = fakeWorker();
      const post = w.postMessage.bind(w);
      const name = `w${spawned.length}`;
      w.postMessage = (message) => {
        posted.push(`${name} ${message.type}`);
        post(message);
      };
      spawned.push(w);
      return w;
    });
    await workers.run(0, backtestJob, () => {});
    await workers.run(0, { ...backtestJob, strategies: ['momentum'] }, () => {});
    expect(posted).toEqual(['w0 dataset', 'w0 run-keyed', 'w0 run-keyed']);
    const other = {
      ...backtestJob,
      data: compileDataset(sample.ok ? sample.dataset : { markets: [], prices: {} }),
    };
    await expect(workers.run(0, other, () => {})).resolves.toMatchObject({ kind: 'backtest' });
    expect(posted.slice(3)).toEqual(['w0 dataset', 'w0 run-keyed']);
    spawned[0]?.crash('out of memory');
    await expect(workers.run(0, backtestJob, () => {})).resolves.toMatchObject({ kind: 'backtest' });
    expect(posted.slice(5)).toEqual(['w1 dataset', 'w1 run-keyed']);
  });

  it('carries a split optimisation: two workers give what one gives', async () => {
    const request = {
      strategy: 'balancing' as const,
      params,
      initialCash: 1_000,
      search: { mode: 'grid' as const, grid: { takeProfit: [0.2, 0.3, 0.4], stopLoss: [0.1, 0.2] } },
      objective: 'totalReturn' as const,
      folds: 3,
    };
    const one = pool();
    const two = pool();
    const totals: number[] = [];
    const single = await splitOptimise(request, data, 1, one.workers.run, () => {});
    const split = await splitOptimise(request, data, 2, two.workers.run, (d) => totals.push(d));
    expect(split).toStrictEqual(single);
    expect(two.spawned).toHaveLength(2);
    expect(totals.at(-1)).toBe(6);
  });
});
