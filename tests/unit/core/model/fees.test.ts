import { describe, expect, it } from 'vitest';
import { fillFee, takerFee, takerFeeForFills } from '../../../../lib/core/model/fees';

describe('taker fee = shares × rate × p × (1 − p), rounded to 5 dp', () => {
  it('charges 1 pUSD on 100 shares at 0.50 with rate 0.04 (the maximum p(1−p) = 0.25)', () => {
    expect(takerFee(100_000_000, 500_000, 0.04)).toBe(1_000_000);
  });

  it('10 shares at 0.43, rate 0.04 → 0.09804', () => {
    // 10 × 0.04 × 0.43 × 0.57 = 0.09804
    expect(takerFee(10_000_000, 430_000, 0.04)).toBe(98_040);
  });

  it('37.037 shares at 0.54, crypto rate 0.07 → 0.64400 (0.643999356 rounded to 5 dp)', () => {
    expect(takerFee(37_037_000, 540_000, 0.07)).toBe(644_000);
  });

  it('is symmetric and tiny near 0 and 1', () => {
    // 1000 × 0.04 × 0.001 × 0.999 = 0.03996
    expect(takerFee(1_000_000_000, 1_000, 0.04)).toBe(39_960);
    expect(takerFee(1_000_000_000, 999_000, 0.04)).toBe(39_960);
    expect(takerFee(1_000_000_000, 0, 0.04)).toBe(0);
    expect(takerFee(1_000_000_000, 1_000_000, 0.04)).toBe(0);
  });

  it('rounds half up at the 5th decimal', () => {
    // 1 × 0.00002 × 0.25 = 0.000005 → 0.00001; 1 × 0.0000196 × 0.25 = 0.0000049 → 0
    expect(takerFee(1_000_000, 500_000, 0.00002)).toBe(10);
    expect(takerFee(1_000_000, 500_000, 0.0000196)).toBe(0);
  });

  it('is zero on fee-free markets (geopolitics rate 0)', () => {
    expect(takerFee(100_000_000, 500_000, 0)).toBe(0);
  });

  it('rejects nonsense inputs', () => {
    expect(() => takerFee(-1, 500_000, 0.04)).toThrow(/negative/);
    expect(() => takerFee(1, 1_000_001, 0.04)).toThrow(/price/);
    expect(() => takerFee(1, 500_000, -0.01)).toThrow(/rate/);
    expect(() => takerFee(1, 500_000, Number.NaN)).toThrow(/rate/);
  });
});

describe('fees per role and per fill', () => {
  it('makers pay nothing', () => {
    expect(fillFee('maker', 100_000_000, 500_000, 0.04)).toBe(0);
    expect(fillFee('taker', 100_000_000, 500_000, 0.04)).toBe(1_000_000);
  });

  it('rounds each fill on its own and adds them', () => {
    // 60.25 × 0.04 × 0.3 × 0.7 = 0.5061 ; 39.75 × 0.04 × 0.29 × 0.71 = 0.327381 → 0.32738
    const fills = [
      { price: 300_000, shares: 60_250_000 },
      { price: 290_000, shares: 39_750_000 },
    ];
    expect(takerFeeForFills(fills, 0.04)).toBe(506_100 + 327_380);
    expect(takerFeeForFills([], 0.04)).toBe(0);
  });
});
