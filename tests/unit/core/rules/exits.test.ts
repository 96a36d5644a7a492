import { describe, expect, it } from 'vitest';
import { checkExit } from '../../../../lib/core/rules/exits';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { resolutionPayout } from '../../../../lib/core/rules/resolution';
import { valuePosition } from '../../../../lib/core/rules/valuation';
import { makeBook } from '../support/books';
import { makePosition } from '../support/positions';

const params = DEFAULT_STRATEGY_PARAMS;

describe('take-profit and stop-loss thresholds', () => {
  it('takes profit at +30 % of capital, exactly included', () => {
    expect(checkExit(30_600_000, 102_000_000, params)).toBe('take_profit');
    expect(checkExit(30_599_999, 102_000_000, params)).toBeNull();
  });

  it('stops the loss at −15 % of capital, exactly included', () => {
    expect(checkExit(-15_300_000, 102_000_000, params)).toBe('stop_loss');
    expect(checkExit(-15_299_999, 102_000_000, params)).toBeNull();
  });

  it('lets the user switch either off (hold the winner to resolution)', () => {
    expect(checkExit(50_000_000, 102_000_000, { ...params, takeProfitEnabled: false })).toBeNull();
    expect(checkExit(-50_000_000, 102_000_000, { ...params, stopLossEnabled: false })).toBeNull();
    expect(checkExit(-50_000_000, 0, params)).toBeNull();
  });
});

describe('valuation at exit prices, fees included', () => {
  it('values an active position by walking both bid books', () => {
    const books = { yes: makeBook([[0.41, 500]], [[0.43, 500]]), no: makeBook([[0.41, 500]], [[0.43, 500]]) };
    const v = valuePosition(makePosition(), books, { rate: 0.04, exponent: 1 });
    // each side: 100 × 0.41 = 41 − fee 100 × 0.04 × 0.41 × 0.59 = 0.9676 → 40.0324
    expect(v.heldValue).toBe(80_064_800);
    expect(v.capital).toBe(102_000_000);
    expect(v.pnl).toBe(-21_935_200);
    expect(v.pnlPercent).toBeCloseTo(-0.215051, 6);
    expect(v.sellable).toBe(true);
    expect(checkExit(v.pnl, v.capital, params)).toBe('stop_loss');
  });

  it('counts realised proceeds and only the shares still held once liquidated', () => {
    const p = makePosition({
      status: 'liquidated',
      liquidatedSide: 'no',
      sharesNo: 0,
      realisedProceeds: 28_176_400,
    });
    const books = { yes: makeBook([[0.95, 500]], [[0.96, 500]]), no: makeBook([], []) };
    const v = valuePosition(p, books, { rate: 0.04, exponent: 1 });
    // YES: 95 − 100 × 0.04 × 0.95 × 0.05 = 95 − 0.19 = 94.81; pnl = 28.1764 + 94.81 − 102
    expect(v.quotes.no).toBeNull();
    expect(v.heldValue).toBe(94_810_000);
    expect(v.pnl).toBe(20_986_400);
    expect(v.sellable).toBe(true);
  });

  it('is not sellable when the bids cannot take every held share', () => {
    const books = { yes: makeBook([[0.41, 10]], []), no: makeBook([[0.41, 500]], []) };
    const v = valuePosition(makePosition(), books, { rate: 0, exponent: 1 });
    expect(v.sellable).toBe(false);
    expect(v.heldValue).toBe(4_100_000 + 41_000_000);
    expect(
      valuePosition(makePosition({ capitalYes: 0, capitalNo: 0 }), books, { rate: 0, exponent: 1 })
        .pnlPercent,
    ).toBe(0);
  });
});

describe('resolution payout', () => {
  it('pays 1 per winning share and 0 per losing share', () => {
    expect(resolutionPayout(makePosition(), 0)).toEqual({
      winner: 0,
      yes: 100_000_000,
      no: 0,
      total: 100_000_000,
    });
    expect(resolutionPayout(makePosition({ sharesYes: 0 }), 0).total).toBe(0);
    expect(resolutionPayout(makePosition({ sharesNo: 12_345_678 }), 1).total).toBe(12_345_678);
  });
});
