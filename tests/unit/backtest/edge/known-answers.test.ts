import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../../lib/core/backtest/dataset';
import { runBaselines } from '../../../../lib/core/backtest/edge/baselines';
import { DEFAULT_FILL_MODEL } from '../../../../lib/core/backtest/fill-model';
import { buildReport } from '../../../../lib/core/backtest/report';
import { HOUR, makeMarket, pricesOf, run, settings, T0 } from '../support';

/**
 * Constructed datasets whose answer is known, run through the engine on the default book model
 * (3¢ quoted: a price p is bought at p + 1.5¢ rounded up to the cent), no fee. Market i trades
 * over hours 4i…4i+2 at flat prices and resolves at 4i+3, so positions never overlap much and no
 * exit rule fires: each trade is its entry held to resolution, 50 USD a leg.
 */
function markets(count: number, yes: number, no: number, winner: (i: number) => 0 | 1): Dataset {
  const dataset: Dataset = { markets: [], prices: {} };
  for (let i = 0; i < count; i++) {
    const h = 4 * i;
    const market = makeMarket(`m${i}`, {
      resolution: { outcome: winner(i), resolvedAt: T0 + (h + 3) * HOUR },
    });
    dataset.markets.push(market);
    Object.assign(
      dataset.prices,
      pricesOf(market, [
        [h, yes, no],
        [h + 1, yes, no],
        [h + 2, yes, no],
      ]),
    );
  }
  return dataset;
}

const verdictOf = (data: Dataset) => {
  const result = run(data, { fill: DEFAULT_FILL_MODEL });
  return { result, edge: buildReport(result).summary.edge };
};

describe('known answers through the engine', () => {
  it('a strategy that must lose: a fair 50/50 market bought at the ask and held loses the spread', () => {
    // Asks 52¢ on both sides: 100 USD buys 2 × 96.15 shares, the winner pays 96.15: −3.85 % a trade.
    const data = markets(40, 0.5, 0.5, (i) => (i % 2 === 0 ? 0 : 1));
    const { result, edge } = verdictOf(data);
    expect(edge.trades).toBe(40);
    expect(result.trades.every((t) => t.exitReason === 'resolution')).toBe(true);
    expect(edge.mean).toBeCloseTo(0.5 / 0.52 - 1, 3);
    expect(edge.verdict).toBe('negative');
  });

  it('a planted edge: YES 40¢ + NO 50¢ adds up to 90¢, so buying both and holding wins', () => {
    // Asks 42¢ and 52¢; YES wins half the time (+19.0 %), NO the other half (−3.8 %): mean +7.6 %.
    const data = markets(40, 0.4, 0.5, (i) => (i % 2 === 0 ? 0 : 1));
    const { result, edge } = verdictOf(data);
    expect(edge.trades).toBe(40);
    expect(edge.mean).toBeCloseTo((0.5 / 0.42 - 1 + (0.5 / 0.52 - 1)) / 2, 3);
    expect(edge.verdict).toBe('positive');
    expect(edge.ci95?.[0]).toBeGreaterThan(0);
    // Holding both legs to resolution is what the strategy did here: the same answer.
    const base = runBaselines(compileDataset(data), result, settings(DEFAULT_FILL_MODEL));
    expect(base.holdBoth.edge.mean).toBeCloseTo(edge.mean ?? Number.NaN, 6);
    expect(base.holdBoth.edge.verdict).toBe('positive');
  });

  it('a tiny sample of the same planted edge is inconclusive: fewer than 30 trades', () => {
    const { edge } = verdictOf(markets(6, 0.4, 0.5, (i) => (i % 2 === 0 ? 0 : 1)));
    expect(edge.trades).toBe(6);
    expect(edge.mean).toBeGreaterThan(0);
    expect(edge).toMatchObject({ verdict: 'inconclusive', reason: 'too_few_trades' });
  });
});
