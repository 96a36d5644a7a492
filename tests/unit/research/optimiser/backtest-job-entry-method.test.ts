import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineSettings, runJob, type WorkerJob } from '../../../../lib/app/research/optimiser/backtest-job';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import { runBacktest } from '../../../../lib/core/backtest/engine';
import { entryMethodRuns, namesEntryMethod } from '../../../../lib/core/backtest/entry-method-runs';
import { parseDatasetJson } from '../../../../lib/core/backtest/file/dataset-json';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { createStrategy } from '../../../../lib/core/strategies/registry';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const data = compileDataset(sample.dataset);
const params = { ...DEFAULT_STRATEGY_PARAMS, minLiquidity: 0, minVolume24h: 0 };
const hooks = (progress: string[]) => ({
  onProgress: (d: number, t: number) => progress.push(`${d}/${t}`),
  signal: { aborted: false },
  pause: () => Promise.resolve(),
});
const job = (over: Partial<Extract<WorkerJob, { kind: 'backtest' }>>): WorkerJob => ({
  kind: 'backtest',
  data,
  strategies: ['balancing'],
  params,
  initialCash: 1_000,
  ...over,
});

describe('the entry method of a dashboard backtest (the CLI’s --entry-method)', () => {
  it('expands the options as the CLI does', () => {
    expect(entryMethodRuns('compare')).toEqual(['books', 'split']);
    expect(entryMethodRuns('auto')).toEqual(['auto']);
    expect(namesEntryMethod('books')).toBe(false);
    expect(namesEntryMethod('split')).toBe(true);
  });

  it('compare runs each strategy by the books and by split, with their splits, merges and gas', async () => {
    const progress: string[] = [];
    const result = await runJob(
      job({ strategies: ['balancing', 'momentum'], entryMethod: 'compare' }),
      hooks(progress),
    );
    if (result.kind !== 'backtest') throw new Error('wrong kind');
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(result.reports.map((r) => `${r.strategy} ${r.entry?.entryMethod}`)).toEqual([
      'balancing books',
      'balancing split',
      'momentum books',
      'momentum split',
    ]);
    expect(result.baselines).toHaveLength(4);
    const [books, split] = result.reports;
    expect(books?.entry).toEqual({ entryMethod: 'books', splits: 0, merges: 0, gas: 0 });
    // The same run as the CLI's: the core engine with the method in its settings.
    const cli = runBacktest(data, createStrategy('balancing', params), {
      ...engineSettings(1_000),
      entryMethod: 'split',
    });
    expect(cli.ctf.splits).toBeGreaterThan(0);
    expect(split?.entry).toEqual(cli.ctf);
    expect(split?.summary.totalPnl).not.toBe(books?.summary.totalPnl);
  });

  it('a run by the books (the default) is unnamed, as before', async () => {
    const result = await runJob(job({}), hooks([]));
    if (result.kind !== 'backtest') throw new Error('wrong kind');
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]?.entry).toBeUndefined();
  });
});
