import { describe, expect, it } from 'vitest';
import {
  KALSHI_DIRECT_PRECISION,
  type KalshiFeeSchedule,
  kalshiTradeFee,
  settleKalshiOrder,
} from '../../../../lib/core/venues/kalshi/fees';

const quadratic: KalshiFeeSchedule = { feeType: 'quadratic', multiplier: 1 };
const withMakers: KalshiFeeSchedule = { feeType: 'quadratic_with_maker_fees', multiplier: 1 };
const contracts = (n: number) => n * 1_000_000;
const price = (dollars: number) => Math.round(dollars * 1_000_000);

describe('Kalshi trade fee (0.07 × C × P × (1 − P), rounded up to $0.0001)', () => {
  it("the doc's example: 10 YES at $0.50 as taker is $0.175 before rounding and costs a retail member $0.18", () => {
    expect(kalshiTradeFee(contracts(10), price(0.5), 'taker', quadratic)).toBe(175_000);
    const order = settleKalshiOrder(
      [{ contracts: contracts(10), price: price(0.5), role: 'taker', revenue: -5_000_000 }],
      quadratic,
    );
    expect(order.netFee).toBe(180_000);
    expect(order.fills[0]).toEqual({
      tradeFee: 175_000,
      roundingFee: 5_000,
      rebate: 0,
      balanceChange: -5_180_000,
    });
  });

  it('peaks at $0.0175 per contract at P = 0.50 and vanishes at the ends', () => {
    expect(kalshiTradeFee(contracts(1), price(0.5), 'taker', quadratic)).toBe(17_500);
    expect(kalshiTradeFee(contracts(1), price(0.4), 'taker', quadratic)).toBe(16_800);
    expect(kalshiTradeFee(contracts(100), 0, 'taker', quadratic)).toBe(0);
    expect(kalshiTradeFee(contracts(100), 1_000_000, 'taker', quadratic)).toBe(0);
  });

  it('rounds a sub-$0.0001 remainder up, and leaves an exact $0.0001 multiple alone', () => {
    // 0.07 × 1 × 0.01 × 0.99 = 0.000693 → 0.0007
    expect(kalshiTradeFee(contracts(1), price(0.01), 'taker', quadratic)).toBe(700);
    // 0.07 × 3 × 0.33 × 0.67 = 0.046431 → 0.0465
    expect(kalshiTradeFee(contracts(3), price(0.33), 'taker', quadratic)).toBe(46_500);
    // 0.07 × 100 × 0.5 × 0.5 = 1.75 exactly
    expect(kalshiTradeFee(contracts(100), price(0.5), 'taker', quadratic)).toBe(1_750_000);
    // fractional contract: 0.07 × 0.01 × 0.5 × 0.5 = 0.000175 → 0.0002
    expect(kalshiTradeFee(10_000, price(0.5), 'taker', quadratic)).toBe(200);
  });

  it('charges makers only on series with maker fees (0.0175, or 0.035 with combo maker fees)', () => {
    expect(kalshiTradeFee(contracts(100), price(0.5), 'maker', quadratic)).toBe(0);
    expect(kalshiTradeFee(contracts(100), price(0.5), 'maker', withMakers)).toBe(437_500);
    const combo: KalshiFeeSchedule = { feeType: 'quadratic_with_combo_maker_fees', multiplier: 1 };
    expect(kalshiTradeFee(contracts(100), price(0.5), 'maker', combo)).toBe(875_000);
  });

  it('applies the series fee multiplier', () => {
    expect(
      kalshiTradeFee(contracts(10), price(0.5), 'taker', { feeType: 'quadratic', multiplier: 0.5 }),
    ).toBe(87_500);
  });

  it('refuses impossible inputs instead of inventing a fee', () => {
    expect(() => kalshiTradeFee(-1, price(0.5), 'taker', quadratic)).toThrow(RangeError);
    expect(() => kalshiTradeFee(contracts(1), 1_000_001, 'taker', quadratic)).toThrow(RangeError);
  });
});

describe('Kalshi order settlement (rounding fee and per-order rebates)', () => {
  const oneAtHalf = { contracts: contracts(1), price: price(0.5), role: 'taker' as const, revenue: -500_000 };

  it('ten one-contract fills cost what one ten-contract fill costs: the accumulator gives whole cents back', () => {
    const split = settleKalshiOrder(
      Array.from({ length: 10 }, () => oneAtHalf),
      quadratic,
    );
    expect(split.netFee).toBe(180_000);
    expect(split.fills.map((f) => f.roundingFee)).toEqual(Array(10).fill(2_500));
    // accumulated rounding passes $0.01 at the 5th and the 9th fill
    expect(split.fills.map((f) => f.rebate)).toEqual([0, 0, 0, 0, 10_000, 0, 0, 0, 10_000, 0]);
  });

  it('a direct member settles to $0.0001: no rounding fee on top of the trade fee', () => {
    const direct = settleKalshiOrder([oneAtHalf], quadratic, KALSHI_DIRECT_PRECISION);
    expect(direct.netFee).toBe(17_500);
    expect(direct.fills[0]?.balanceChange).toBe(-517_500);
  });

  it('a sale floors its proceeds to the cent too', () => {
    // sell 7 at 0.63: revenue 4.41, fee 0.07 × 7 × 0.63 × 0.37 = 0.114219 → 0.1143; 4.2957 → 4.29
    const sale = settleKalshiOrder(
      [{ contracts: contracts(7), price: price(0.63), role: 'taker', revenue: 4_410_000 }],
      quadratic,
    );
    expect(sale.fills[0]).toEqual({
      tradeFee: 114_300,
      roundingFee: 5_700,
      rebate: 0,
      balanceChange: 4_290_000,
    });
    expect(sale.netFee).toBeGreaterThanOrEqual(0);
  });
});
