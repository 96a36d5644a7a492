import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { makeMarket, pricesOf, run, T0 } from './support';

/**
 * Entries at the same time go best recorded score first, as the auto-entry takes opportunities: the
 * first position is sized on the whole bankroll, the next on what the first one's fee left.
 */
describe('engine: entry order at one timestamp', () => {
  const a = makeMarket('a', { feeRate: 0.04 });
  const b = makeMarket('b', { feeRate: 0.04 });
  const rows = [
    [0, 0.5, 0.5],
    [1, 0.5, 0.5],
  ] as const;
  const dataset = (scoreA: number, scoreB: number): Dataset => ({
    markets: [a, b],
    prices: { ...pricesOf(a, rows), ...pricesOf(b, rows) },
    scores: { a: [{ t: T0, score: scoreA }], b: [{ t: T0, score: scoreB }] },
  });
  const capitals = (d: Dataset) =>
    Object.fromEntries(run(d).trades.map((t) => [t.marketId, t.capital] as const));

  it('enters the better-scored market first, whatever its index', () => {
    const bFirst = capitals(dataset(7, 9));
    const aFirst = capitals(dataset(9, 7));
    expect(bFirst.b).toBeGreaterThan(bFirst.a as number);
    expect(aFirst.a).toBeGreaterThan(aFirst.b as number);
    expect(aFirst.a).toBe(bFirst.b);
  });

  it('keeps index order on equal scores and without scores', () => {
    const tied = capitals(dataset(8, 8));
    expect(tied.a).toBeGreaterThan(tied.b as number);
    const { scores: _none, ...unscored } = dataset(8, 8);
    expect(capitals(unscored)).toEqual(tied);
  });
});
