import { describe, expect, it } from 'vitest';
import { fillFee, takerFee, takerFeeForFills } from '../../../../lib/core/model/fees';

describe('taker fee = shares × rate × p × (1 − p), rounded to 5 dp', () => {
  it('charges 1 pUSD on 100 shares at 0.50 with rate 0.04 (the maximum p(1−p) = 0.25)', () => {
    expect(takerFee(100_000_000, 500_000, { rate: 0.04, exponent: 1 })).toBe(1_000_000);
  });

  it('10 shares at 0.43, rate 0.04 → 0.09804', () => {
    // 10 × 0.04 × 0.43 × 0.57 = 0.09804
    expect(takerFee(10_000_000, 430_000, { rate: 0.04, exponent: 1 })).toBe(98_040);
  });

  it('37.037 shares at 0.54, crypto rate 0.07 → 0.64400 (0.643999356 rounded to 5 dp)', () => {
    expect(takerFee(37_037_000, 540_000, { rate: 0.07, exponent: 1 })).toBe(644_000);
  });

  it('is symmetric and tiny near 0 and 1', () => {
    // 1000 × 0.04 × 0.001 × 0.999 = 0.03996
    expect(takerFee(1_000_000_000, 1_000, { rate: 0.04, exponent: 1 })).toBe(39_960);
    expect(takerFee(1_000_000_000, 999_000, { rate: 0.04, exponent: 1 })).toBe(39_960);
    expect(takerFee(1_000_000_000, 0, { rate: 0.04, exponent: 1 })).toBe(0);
    expect(takerFee(1_000_000_000, 1_000_000, { rate: 0.04, exponent: 1 })).toBe(0);
  });

  it('rounds half up at the 5th decimal', () => {
    // 1 × 0.00002 × 0.25 = 0.000005 → 0.00001; 1 × 0.0000196 × 0.25 = 0.0000049 → 0
    expect(takerFee(1_000_000, 500_000, { rate: 0.00002, exponent: 1 })).toBe(10);
    expect(takerFee(1_000_000, 500_000, { rate: 0.0000196, exponent: 1 })).toBe(0);
  });

  it('is zero on fee-free markets (geopolitics rate 0)', () => {
    expect(takerFee(100_000_000, 500_000, { rate: 0, exponent: 1 })).toBe(0);
  });

  it('rejects nonsense inputs', () => {
    expect(() => takerFee(-1, 500_000, { rate: 0.04, exponent: 1 })).toThrow(/negative/);
    expect(() => takerFee(1, 1_000_001, { rate: 0.04, exponent: 1 })).toThrow(/price/);
    expect(() => takerFee(1, 500_000, { rate: -0.01, exponent: 1 })).toThrow(/rate/);
    expect(() => takerFee(1, 500_000, { rate: Number.NaN, exponent: 1 })).toThrow(/rate/);
  });
});

describe('the market’s exponent: shares × rate × (p × (1 − p))^exponent', () => {
  const crypto = { rate: 0.25, exponent: 2 };
  it('100 shares at 0.50, rate 0.25, exponent 2 → 1.5625 (0.25 × 0.25²)', () => {
    expect(takerFee(100_000_000, 500_000, crypto)).toBe(1_562_500);
  });

  it('37.037 shares at 0.54 → 0.57132 (0.571319428… rounded to 5 dp), not exponent 1’s 2.30000', () => {
    expect(takerFee(37_037_000, 540_000, crypto)).toBe(571_320);
    expect(takerFee(37_037_000, 540_000, { rate: 0.25, exponent: 1 })).toBe(2_300_000);
  });

  it('exponent 2 falls off faster towards the edges than exponent 1', () => {
    // 1000 × 0.25 × (0.1 × 0.9)² = 2.025 ; exponent 1: 1000 × 0.25 × 0.09 = 22.5
    expect(takerFee(1_000_000_000, 100_000, crypto)).toBe(2_025_000);
    expect(takerFee(1_000_000_000, 100_000, { rate: 0.25, exponent: 1 })).toBe(22_500_000);
    expect(takerFeeForFills([{ price: 100_000, shares: 1_000_000_000 }], crypto)).toBe(2_025_000);
  });

  it('rejects a negative or non-finite exponent', () => {
    expect(() => takerFee(1, 500_000, { rate: 0.04, exponent: -1 })).toThrow(/exponent/);
    expect(() => takerFee(1, 500_000, { rate: 0.04, exponent: Number.NaN })).toThrow(/exponent/);
  });
});

describe('fees per role and per fill', () => {
  it('makers pay nothing', () => {
    expect(fillFee('maker', 100_000_000, 500_000, { rate: 0.04, exponent: 1 })).toBe(0);
    expect(fillFee('taker', 100_000_000, 500_000, { rate: 0.04, exponent: 1 })).toBe(1_000_000);
  });

  it('rounds each fill on its own and adds them', () => {
    // 60.25 × 0.04 × 0.3 × 0.7 = 0.5061 ; 39.75 × 0.04 × 0.29 × 0.71 = 0.327381 → 0.32738
    const fills = [
      { price: 300_000, shares: 60_250_000 },
      { price: 290_000, shares: 39_750_000 },
    ];
    expect(takerFeeForFills(fills, { rate: 0.04, exponent: 1 })).toBe(506_100 + 327_380);
    expect(takerFeeForFills([], { rate: 0.04, exponent: 1 })).toBe(0);
  });
});
