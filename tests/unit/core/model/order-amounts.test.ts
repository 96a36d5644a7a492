import { describe, expect, it } from 'vitest';
import {
  limitOrderAmounts,
  marketBuyPrice,
  marketOrderAmounts,
  marketSellPrice,
} from '../../../../lib/core/model/order-amounts';
import type { BookLevel } from '../../../../lib/core/model/order-book';

describe('limit orders (§5.4 verified examples)', () => {
  it('BUY 10 @ 0.43, tick 0.01 → maker 4300000, taker 10000000', () => {
    expect(limitOrderAmounts('BUY', 430_000, 10_000_000, 10_000)).toEqual({
      side: 'BUY',
      price: 430_000,
      makerAmount: 4_300_000,
      takerAmount: 10_000_000,
    });
  });

  it('SELL 12.345 @ 0.57, tick 0.01 → maker 12340000 (size cut to 2 dp), taker 7033800', () => {
    expect(limitOrderAmounts('SELL', 570_000, 12_345_000, 10_000)).toEqual({
      side: 'SELL',
      price: 570_000,
      makerAmount: 12_340_000,
      takerAmount: 7_033_800,
    });
  });

  it('BUY 33.333 @ 0.123, tick 0.001 → maker 4099590, taker 33330000', () => {
    const a = limitOrderAmounts('BUY', 123_000, 33_333_000, 1_000);
    expect([a.makerAmount, a.takerAmount]).toEqual([4_099_590, 33_330_000]);
  });
});

describe('limit orders at every tick size', () => {
  it.each([
    // tick, price, size, maker (collateral), taker (shares) — hand computed
    [100_000, 300_000, 7_777_000, 2_331_000, 7_770_000], // 7.77 × 0.3 = 2.331
    [10_000, 990_000, 5_000_000, 4_950_000, 5_000_000], // 5 × 0.99
    [5_000, 435_000, 3_339_000, 1_448_550, 3_330_000], // 3.33 × 0.435 = 1.44855
    [2_500, 447_500, 2_500_000, 1_118_750, 2_500_000], // 2.5 × 0.4475 = 1.11875
    [1_000, 1_000, 100_000_000, 100_000, 100_000_000], // 100 × 0.001
    [1_000, 999_000, 12_349_999, 12_327_660, 12_340_000], // 12.34 × 0.999 = 12.32766
    [100, 123_400, 1_010_000, 124_634, 1_010_000], // 1.01 × 0.1234 = 0.124634
  ])('tick %i: BUY at %i × %i → maker %i taker %i', (tick, price, size, maker, taker) => {
    const a = limitOrderAmounts('BUY', price, size, tick);
    expect(a.takerAmount).toBe(taker);
    expect(a.makerAmount).toBe(maker);
  });

  it('SELL at 0.999 on a 0.001 tick: proceeds are shares × price, cut to 5 dp', () => {
    // 12.34 × 0.999 = 12.32766
    expect(limitOrderAmounts('SELL', 999_000, 12_349_999, 1_000).takerAmount).toBe(12_327_660);
  });

  it('rounds an off-grid price to the nearest price decimal like the client (roundNormal)', () => {
    expect(limitOrderAmounts('BUY', 434_900, 10_000_000, 10_000).price).toBe(430_000);
    expect(limitOrderAmounts('BUY', 435_000, 10_000_000, 10_000).price).toBe(440_000);
    expect(limitOrderAmounts('BUY', 435_000, 10_000_000, 10_000).makerAmount).toBe(4_400_000);
  });

  it('cuts a size below 0.01 share to zero shares', () => {
    expect(limitOrderAmounts('BUY', 500_000, 9_999, 10_000)).toMatchObject({
      makerAmount: 0,
      takerAmount: 0,
    });
  });

  it('rejects prices at or beyond 0 and 1, sizes below 0 and unknown ticks', () => {
    expect(() => limitOrderAmounts('BUY', 1_000_000, 1_000_000, 10_000)).toThrow(/price out of/);
    expect(() => limitOrderAmounts('BUY', 4_000, 1_000_000, 10_000)).toThrow(/price out of/);
    expect(() => limitOrderAmounts('SELL', 500_000, -1, 10_000)).toThrow(/negative size/);
    expect(() => limitOrderAmounts('SELL', 500_000, 1, 3_000)).toThrow(/unknown tick/);
  });
});

describe('market orders', () => {
  const asks: BookLevel[] = [
    { price: 430_000, size: 8_370_000 },
    { price: 530_000, size: 13_490_000 },
    { price: 540_000, size: 26_990_000 },
  ];

  it('market BUY $20 over asks 0.43×8.37, 0.53×13.49, 0.54×26.99 → price 0.54, 20000000/37037000', () => {
    const price = marketBuyPrice(asks, 20_000_000);
    expect(price).toBe(540_000);
    expect(marketOrderAmounts('BUY', 20_000_000, price ?? 0, 10_000)).toEqual({
      side: 'BUY',
      price: 540_000,
      makerAmount: 20_000_000,
      takerAmount: 37_037_000,
    });
  });

  it('stops at the level where cumulative notional reaches the amount exactly', () => {
    // 0.43 × 8.37 = 3.5991 exactly
    expect(marketBuyPrice(asks, 3_599_100)).toBe(430_000);
    expect(marketBuyPrice(asks, 3_599_101)).toBe(530_000);
  });

  it('returns null (FOK "no match") when the book cannot absorb the amount, or is empty', () => {
    // total notional 3.5991 + 7.1497 + 14.5746 = 25.3234
    expect(marketBuyPrice(asks, 25_323_400)).toBe(540_000);
    expect(marketBuyPrice(asks, 25_323_401)).toBeNull();
    expect(marketBuyPrice([], 1)).toBeNull();
  });

  it('truncates shares for a non-terminating division (never rounds up)', () => {
    // $1 / 0.06 = 16.6666… → 16.6666 (4 dp for tick 0.01), not 16.6667
    expect(marketOrderAmounts('BUY', 1_000_000, 60_000, 10_000).takerAmount).toBe(16_666_600);
    // tick 0.001 keeps 5 dp: 1 / 0.007 = 142.857142… → 142.85714
    expect(marketOrderAmounts('BUY', 1_000_000, 7_000, 1_000).takerAmount).toBe(142_857_140);
    // tick 0.0001 keeps 6 dp: 1 / 0.0003 = 3333.333333…
    expect(marketOrderAmounts('BUY', 1_000_000, 300, 100).takerAmount).toBe(3_333_333_333);
  });

  it('cuts the collateral amount to cents and rounds the price down to its decimals', () => {
    const a = marketOrderAmounts('BUY', 20_009_999, 549_999, 10_000);
    expect(a).toMatchObject({ price: 540_000, makerAmount: 20_000_000, takerAmount: 37_037_000 });
  });

  it('market SELL: shares cut to 2 dp, proceeds = shares × price', () => {
    expect(marketOrderAmounts('SELL', 12_345_000, 570_000, 10_000)).toEqual({
      side: 'SELL',
      price: 570_000,
      makerAmount: 12_340_000,
      takerAmount: 7_033_800,
    });
  });

  it('market SELL price walks the bids by share count', () => {
    const bids: BookLevel[] = [
      { price: 300_000, size: 60_250_000 },
      { price: 290_000, size: 257_610_000 },
    ];
    expect(marketSellPrice(bids, 60_250_000)).toBe(300_000);
    expect(marketSellPrice(bids, 60_250_001)).toBe(290_000);
    expect(marketSellPrice(bids, 317_860_001)).toBeNull();
    expect(marketSellPrice([], 1)).toBeNull();
  });
});
