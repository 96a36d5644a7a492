import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createJobHandler,
  type FromWorker,
  runJob,
  type WorkerJob,
} from '../../../../lib/app/research/optimiser/backtest-job';
import { type CompiledDataset, compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../../lib/core/backtest/dataset';
import { parseDatasetJson } from '../../../../lib/core/backtest/file/dataset-json';
import { DEFAULT_FILL_MODEL } from '../../../../lib/core/backtest/fill-model';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const dataset: Dataset = sample.dataset;
const data = compileDataset(dataset);
const params = { ...DEFAULT_STRATEGY_PARAMS, minLiquidity: 0, minVolume24h: 0 };
const noPause = () => Promise.resolve();

const chunkJob = (of = 1, chunk = 0): Extract<WorkerJob, { kind: 'optimise-chunk' }> => ({
  kind: 'optimise-chunk',
  work: {
    data,
    strategy: 'balancing',
    params,
    initialCash: 1_000,
    search: { mode: 'grid', grid: { takeProfit: [0.2, 0.3], stopLoss: [0.1, 0.15] } },
    objective: 'totalReturn',
  },
  part: { chunk, of },
  periods: [null],
});

describe('backtest worker job (the Web Worker logic as a pure function)', () => {
  it('backtests each strategy with progress counts and freqtrade-style reports', async () => {
    const progress: string[] = [];
    const result = await runJob(
      {
        kind: 'backtest',
        data,
        strategies: ['balancing', 'momentum', 'mean_reversion'],
        params,
        initialCash: 1_000,
      },
      {
        onProgress: (d, t, u) => progress.push(`${d}/${t} ${u}`),
        signal: { aborted: false },
        pause: noPause,
      },
    );
    expect(progress).toEqual(['1/3 strategies', '2/3 strategies', '3/3 strategies']);
    if (result.kind !== 'backtest') throw new Error('wrong kind');
    expect(result.reports.map((r) => r.strategy)).toEqual(['balancing', 'momentum', 'mean_reversion']);
    const [balancing] = result.reports;
    expect(balancing?.summary.trades).toBeGreaterThan(0);
    expect(balancing?.equity.length).toBeGreaterThan(1);
    expect(balancing?.fills.synthetic).toBeGreaterThan(0);
    // Each report comes with its baselines on the same entries (same order).
    expect(result.baselines).toHaveLength(3);
    expect(result.baselines[0]?.holdBoth.edge.trades).toBe(balancing?.summary.trades);
    expect(result.baselines[2]?.holdBoth.edge.trades).toBe(0);
    expect(result.baselines.every((b) => b.noTrade.meanTradeReturn === 0)).toBe(true);
  });

  it('runs with the book model it is given (a model wider than maxSpread enters nothing)', async () => {
    const hooks = { onProgress: () => {}, signal: { aborted: false }, pause: noPause };
    const job = {
      kind: 'backtest' as const,
      data,
      strategies: ['balancing' as const],
      params,
      initialCash: 1_000,
    };
    const wide = await runJob(
      { ...job, fill: { ...DEFAULT_FILL_MODEL, syntheticSpread: 0.05, syntheticDepthShares: 50 } },
      hooks,
    );
    const plain = await runJob(job, hooks);
    if (wide.kind !== 'backtest' || plain.kind !== 'backtest') throw new Error('wrong kind');
    expect(wide.reports[0]?.summary.trades).toBe(0);
    expect(plain.reports[0]?.summary.trades).toBeGreaterThan(0);
  });

  it('evaluates its chunk of the sets on every period asked, counting its own sets out of all', async () => {
    const progress: string[] = [];
    const result = await runJob(
      { ...chunkJob(2, 1), periods: [null, { index: 0, of: 3 }, { index: 1, of: 3 }] },
      {
        onProgress: (d, t, u) => progress.push(`${d}/${t} ${u}`),
        signal: { aborted: false },
        pause: noPause,
      },
    );
    if (result.kind !== 'optimise-chunk') throw new Error('wrong kind');
    expect(progress).toEqual(['1/4 sets', '2/4 sets']);
    expect(result.chunk.passes).toHaveLength(3);
    for (const pass of result.chunk.passes) expect(pass.evaluated.map((c) => c.index)).toEqual([1, 3]);
    expect(result.chunk.passes[0]?.window).toBeNull();
    expect(result.chunk.passes[2]?.window?.to).toBeGreaterThan(result.chunk.passes[1]?.window?.to ?? 0);
  });

  it('speaks the message protocol: progress, result, and cancel between runs', async () => {
    const messages: FromWorker[] = [];
    let handle: ((m: Parameters<ReturnType<typeof createJobHandler>>[0]) => Promise<void>) | undefined;
    let paused = 0;
    handle = createJobHandler(
      (m) => messages.push(m),
      async () => {
        paused++;
        if (paused === 2) await handle?.({ type: 'cancel', id: 7 });
      },
    );
    await handle({ type: 'run', id: 7, job: chunkJob() });
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'cancelled']);
    expect(messages.at(-1)).toEqual({ type: 'cancelled', id: 7, done: 2, total: 4 });

    messages.length = 0;
    await handle({
      type: 'run',
      id: 8,
      job: {
        ...chunkJob(),
        work: {
          ...chunkJob().work,
          search: {
            mode: 'random',
            space: { takeProfit: { min: 0.1, max: 0.5, step: 0.1 } },
            count: 3,
            seed: 1,
          },
        },
      },
    });
    expect(messages.map((m) => m.type)).toEqual(['progress', 'progress', 'progress', 'result']);
    expect(messages[0]).toEqual({ type: 'progress', id: 8, done: 1, total: 3, unit: 'sets' });
  });

  it('reports a failure as an error message', async () => {
    const messages: FromWorker[] = [];
    const handle = createJobHandler((m) => messages.push(m), noPause);
    await handle({
      type: 'run',
      id: 1,
      job: {
        ...chunkJob(),
        work: { ...chunkJob().work, data: { markets: null } as unknown as CompiledDataset },
      },
    });
    expect(messages).toEqual([{ type: 'error', id: 1, message: expect.any(String) }]);
  });
});
