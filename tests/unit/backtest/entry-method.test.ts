import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../../lib/core/backtest/engine';
import { parseDatasetJson } from '../../../lib/core/backtest/file/dataset-json';
import { buildReport } from '../../../lib/core/backtest/report';
import { DEFAULT_STRATEGY_PARAMS } from '../../../lib/core/rules/params';
import { createStrategy } from '../../../lib/core/strategies/registry';

const sample = parseDatasetJson(
  readFileSync(path.resolve(__dirname, '../../fixtures/backtest/sample.json'), 'utf8'),
);
if (!sample.ok) throw new Error('sample.json must parse');
const data = compileDataset(sample.dataset);
const run = (entryMethod?: 'books' | 'split' | 'auto') =>
  runBacktest(data, createStrategy('balancing', DEFAULT_STRATEGY_PARAMS), {
    ...DEFAULT_ENGINE_SETTINGS,
    ...(entryMethod ? { entryMethod } : {}),
  });

describe('backtest: entry by split versus by the books (issue 18)', () => {
  it('by default the books are bought as before: no split, no merge, no gas', () => {
    const books = run();
    expect(books.ctf).toEqual({ entryMethod: 'books', splits: 0, merges: 0, gas: 0 });
    expect(run('books').finalEquity).toBe(books.finalEquity);
  });

  it('on the sample (2¢ modelled spread, 4 % fee) every balanced entry is split, and pays far less in fees', () => {
    const books = buildReport(run('books'));
    const splitRun = run('split');
    const split = buildReport(splitRun);
    expect(splitRun.ctf.splits).toBe(split.summary.trades);
    expect(splitRun.ctf.gas).toBeGreaterThan(0);
    // Each split costs the modelled gas of a plain wallet: a third of a cent, not dollars.
    expect(splitRun.ctf.gas / splitRun.ctf.splits).toBeLessThan(10_000);
    expect(split.summary.feesPaid).toBeLessThan(books.summary.feesPaid / 2);
    expect(split.summary.totalPnl).toBeGreaterThan(books.summary.totalPnl);
  });

  it('auto takes the cheaper way each time: here the split, as forced', () => {
    const auto = run('auto');
    expect(auto.ctf.splits).toBe(run('split').ctf.splits);
    expect(auto.finalEquity).toBe(run('split').finalEquity);
  });
});
