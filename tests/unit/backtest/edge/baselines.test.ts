import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../../lib/core/backtest/dataset';
import { runBaselines } from '../../../../lib/core/backtest/edge/baselines';
import { buildReport } from '../../../../lib/core/backtest/report';
import { HOUR, makeMarket, pricesOf, run, settings, T0 } from '../support';

/**
 * Two markets entered at h0 with exact fills (zero spread, deep, no fee), 100 USD each, 50 a leg:
 * YES at 40¢ buys 125 shares, NO at 50¢ buys 100.
 * - m1: prices flat, resolves YES at h3. Strategy and baseline both hold: 125 − 100 = +25 %.
 * - m2: YES falls to 25¢ at h1 (−37.5 %, past the 30 % divergence): the strategy sells YES for
 *   31.25 and keeps NO, which wins at h3: 31.25 + 100 − 100 = +31.25 %. Holding both legs to the
 *   NO resolution pays 100 for 100: 0 %.
 */
function dataset(resolved = true): Dataset {
  const m1 = makeMarket('m1', { resolution: resolved ? { outcome: 0, resolvedAt: T0 + 3 * HOUR } : null });
  const m2 = makeMarket('m2', { resolution: { outcome: 1, resolvedAt: T0 + 3 * HOUR } });
  return {
    markets: [m1, m2],
    prices: {
      ...pricesOf(m1, [
        [0, 0.4, 0.5],
        [1, 0.4, 0.5],
        [2, 0.4, 0.5],
      ]),
      ...pricesOf(m2, [
        [0, 0.4, 0.5],
        [1, 0.25, 0.7],
        [2, 0.25, 0.7],
      ]),
    },
  };
}

describe('baselines on the same markets', () => {
  it('hold both legs to resolution: the same entries, held, computed by hand', () => {
    const data = dataset();
    const result = run(data);
    expect(result.trades.map((t) => [t.marketId, t.return])).toEqual([
      ['m1', 0.25],
      ['m2', 0.3125],
    ]);
    const base = runBaselines(compileDataset(data), result, settings(), { minTrades: 2 });
    expect(base.holdBoth).toMatchObject({ totalPnl: 25, skipped: 0, unresolved: 0 });
    expect(base.holdBoth.edge).toMatchObject({ trades: 2, mean: 0.125, minTrades: 2 });
    // The bootstrap of [0.25, 0] can only draw means of 0, 0.125 or 0.25.
    expect(base.holdBoth.edge.ci95).toEqual([0, 0.25]);
    expect(base.holdBoth.edge.verdict).toBe('inconclusive');
    // The same statistics as the strategy's own verdict, from the same options.
    const strategy = buildReport(result, { minTrades: 2 }).summary.edge;
    expect(strategy).toMatchObject({ trades: 2, mean: 0.28125, ci95: [0.25, 0.3125], verdict: 'positive' });
    expect(base.noTrade).toEqual({ trades: 0, totalPnl: 0, meanTradeReturn: 0 });
  });

  it('a market unresolved by the end of the data is sold there, and counted', () => {
    const data = dataset(false);
    const result = run(data);
    const base = runBaselines(compileDataset(data), result, settings());
    // m1 at the end: 125 YES at 40¢ + 100 NO at 50¢ = 100 → 0 %; m2 resolves NO → 0 %.
    expect(base.holdBoth).toMatchObject({ totalPnl: 0, skipped: 0, unresolved: 1 });
    expect(base.holdBoth.edge).toMatchObject({ trades: 2, mean: 0, verdict: 'inconclusive' });
  });

  it('no strategy trade, no baseline trade: inconclusive, nothing run', () => {
    const data = dataset();
    const none = run(data, { params: { bandLow: 0.9, bandHigh: 0.95 } });
    expect(none.trades).toEqual([]);
    const base = runBaselines(compileDataset(data), none, settings());
    expect(base.holdBoth.edge).toMatchObject({ trades: 0, mean: null, verdict: 'inconclusive' });
    expect(base.holdBoth.totalPnl).toBe(0);
  });

  it('a single-side strategy is compared with buying both legs at its entries', () => {
    const data = dataset();
    const result = run(data, { strategy: 'momentum', params: { divergenceThreshold: 0.3 } });
    // Momentum buys NO in m2 at h1 (50¢ → 70¢, +40 %), which wins.
    expect(result.trades.map((t) => [t.marketId, t.entryTime, t.sides])).toEqual([['m2', T0 + HOUR, ['no']]]);
    const base = runBaselines(compileDataset(data), result, settings());
    // Both legs at h1 with the same capital: YES 25¢ loses, NO 70¢ pays 1/0.7 per USD: ≈ −28.6 %.
    expect(base.holdBoth.edge.trades).toBe(1);
    expect(base.holdBoth.edge.mean).toBeCloseTo(0.5 / 0.7 - 1, 4);
  });
});
