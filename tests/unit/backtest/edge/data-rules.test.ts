import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { BacktestMarket, Dataset, ScorePoint } from '../../../../lib/core/backtest/dataset';
import { runAssumptions } from '../../../../lib/core/backtest/edge/assumptions';
import { DEFAULT_FILL_MODEL } from '../../../../lib/core/backtest/fill-model';
import { makeMarket, pricesOf, run, T0 } from '../support';

/**
 * The live bot's liquidity, 24 h volume and score-threshold rules, from whatever the dataset has:
 * applied when it has the field (a market under the live minimum is never entered), and named as
 * not checked when it has not (the market is entered and the report says the rule was not tested).
 * Defaults: minLiquidity 10,000 USD, minVolume24h 5,000 USD, opportunityThreshold 7.
 */
const ROWS = [
  [0, 0.5, 0.5],
  [1, 0.5, 0.5],
] as const;

function dataset(fields: Partial<BacktestMarket>, scores?: ScorePoint[]): Dataset {
  const market = makeMarket('m1', fields);
  return { markets: [market], prices: pricesOf(market, ROWS), ...(scores ? { scores: { m1: scores } } : {}) };
}

const trades = (data: Dataset) => run(data, { fill: DEFAULT_FILL_MODEL }).trades.length;
const notChecked = (data: Dataset) =>
  runAssumptions(compileDataset(data), run(data, { fill: DEFAULT_FILL_MODEL }).fills, DEFAULT_FILL_MODEL)
    .notChecked;

describe('entry rules that need dataset fields', () => {
  it('liquidity: a market under the minimum is not entered; without the field, "not checked"', () => {
    expect(trades(dataset({ liquidity: 5_000 }))).toBe(0);
    expect(trades(dataset({ liquidity: 50_000 }))).toBe(1);
    expect(notChecked(dataset({ liquidity: 50_000 }))).not.toContain('liquidity');
    expect(trades(dataset({}))).toBe(1);
    expect(notChecked(dataset({}))).toContain('liquidity');
  });

  it('volume: a market under the 24 h minimum is not entered; without the field, "not checked"', () => {
    expect(trades(dataset({ volume24h: 1_000 }))).toBe(0);
    expect(trades(dataset({ volume24h: 20_000 }))).toBe(1);
    expect(notChecked(dataset({ volume24h: 20_000 }))).not.toContain('volume');
    expect(notChecked(dataset({}))).toContain('volume');
  });

  it('score threshold: a score under 7 is not entered; without scores, "not checked"', () => {
    expect(trades(dataset({}, [{ t: T0, score: 5 }]))).toBe(0);
    expect(trades(dataset({}, [{ t: T0, score: 9 }]))).toBe(1);
    expect(notChecked(dataset({}, [{ t: T0, score: 9 }]))).not.toContain('score_threshold');
    expect(notChecked(dataset({}))).toContain('score_threshold');
  });

  it('every field present: only the book rules (modelled) are left unchecked', () => {
    const full = dataset({ liquidity: 50_000, volume24h: 20_000 }, [{ t: T0, score: 9 }]);
    expect(trades(full)).toBe(1);
    expect(notChecked(full)).toEqual(['spread', 'depth']);
  });

  it('a field on some markets only is "partly checked", and still applied where present', () => {
    const poor = makeMarket('m2', { liquidity: 5_000 });
    const data = dataset({});
    data.markets.push(poor);
    Object.assign(data.prices, pricesOf(poor, ROWS));
    const result = run(data, { fill: DEFAULT_FILL_MODEL });
    expect(result.trades.map((t) => t.marketId)).toEqual(['m1']);
    const a = runAssumptions(compileDataset(data), result.fills, DEFAULT_FILL_MODEL);
    expect(a.partlyChecked).toEqual(['liquidity']);
    expect(a.notChecked).not.toContain('liquidity');
  });
});
