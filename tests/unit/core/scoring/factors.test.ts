import { describe, expect, it } from 'vitest';
import { liquidityDepth, liquidityFactor } from '../../../../lib/core/scoring/liquidity-factor';
import { newsFactor } from '../../../../lib/core/scoring/news-factor';
import {
  logOddsVolatility,
  percentile,
  volatilityFactors,
} from '../../../../lib/core/scoring/volatility-factor';
import { whaleFactor } from '../../../../lib/core/scoring/whale-factor';
import { makeBook } from '../support/books';
import { HOUR, NOW } from '../support/markets';

describe('liquidity factor', () => {
  it('scales depth logarithmically from minLiquidity (0) to 100 × minLiquidity (1)', () => {
    expect(liquidityFactor(10_000_000_000, 10_000).normalised).toBe(0);
    expect(liquidityFactor(100_000_000_000, 10_000).normalised).toBeCloseTo(0.5, 12);
    expect(liquidityFactor(1_000_000_000_000, 10_000).normalised).toBeCloseTo(1, 12);
    expect(liquidityFactor(5_000_000_000, 10_000)).toEqual({ raw: 5_000, normalised: 0 });
    expect(liquidityFactor(10_000_000_000_000, 10_000).normalised).toBe(1);
    expect(liquidityFactor(0, 10_000).normalised).toBe(0);
    expect(liquidityFactor(1_000_000, 0).normalised).toBe(1);
  });

  it('adds the depth within 2 % of mid of both books', () => {
    const book = makeBook(
      [
        [0.5, 100],
        [0.45, 1000],
      ],
      [
        [0.51, 100],
        [0.6, 1000],
      ],
    );
    // per book: 0.50 × 100 + 0.51 × 100 = 101
    expect(liquidityDepth({ yes: book, no: book })).toBe(202_000_000);
  });
});

describe('volatility factor', () => {
  const at = (hoursAgo: number, p: number) => ({ t: (NOW - hoursAgo * HOUR) / 1000, p });

  it('is the std dev of hourly log-odds changes: 0.5, 0.6, 0.5, 0.6 → ln(1.5) × √(8/9)', () => {
    const history = [at(3, 0.5), at(2, 0.6), at(1, 0.5), at(0, 0.6)];
    expect(logOddsVolatility(history, NOW)).toBeCloseTo(Math.log(1.5) * Math.sqrt(8 / 9), 12);
    expect(logOddsVolatility(history, NOW)).toBeCloseTo(0.382276, 6);
  });

  it('is 0 for a flat price and null without enough history', () => {
    expect(logOddsVolatility([at(3, 0.4), at(2, 0.4), at(1, 0.4)], NOW)).toBe(0);
    expect(logOddsVolatility([at(1, 0.4), at(0, 0.5)], NOW)).toBeNull();
    expect(logOddsVolatility([], NOW)).toBeNull();
  });

  it('uses only the last 7 days, no future points, and the last price of each hour', () => {
    const base = [at(3.5, 0.5), at(2.5, 0.6), at(1.5, 0.5), at(0.5, 0.6)];
    const noisy = [
      at(24 * 8, 0.01), // older than 7 days
      ...base,
      at(2.9, 0.99), // earlier in the same hour as at(2.5): replaced by it
      { t: (NOW + HOUR) / 1000, p: 0.01 }, // future: ignored
    ];
    expect(logOddsVolatility(noisy, NOW)).toBeCloseTo(logOddsVolatility(base, NOW) ?? -1, 12);
  });

  it('clamps prices at 0.001/0.999 so a resolved-looking price stays finite', () => {
    const v = logOddsVolatility([at(2, 0), at(1, 1), at(0, 0)], NOW);
    expect(Number.isFinite(v)).toBe(true);
  });

  it('scales a scanned set so its 90th percentile → 1', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
    expect(percentile([], 0.9)).toBeNull();
    const factors = volatilityFactors([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, 4.55]);
    expect(factors[9]).toEqual({ raw: 10, normalised: 1 });
    expect(factors[10]).toBeNull();
    // p90 of the 11 known values (4.55 included) is 9
    expect(factors[8]).toEqual({ raw: 9, normalised: 1 });
    expect(factors[0]?.normalised).toBeCloseTo(1 / 9, 12);
    expect(volatilityFactors([0, 0, null])).toEqual([
      { raw: 0, normalised: 0 },
      { raw: 0, normalised: 0 },
      null,
    ]);
  });
});

describe('whale factor', () => {
  it('averages the whale share of volume and the capped number of whales', () => {
    // 2,000 of 10,000 = 0.2; 3 of 5 whales = 0.6 → 0.4
    const f = whaleFactor({
      whaleVolume24h: 2_000_000_000,
      marketVolume24h: 10_000_000_000,
      distinctWhales: 3,
    });
    expect(f.raw).toBeCloseTo(0.2, 12);
    expect(f.normalised).toBeCloseTo(0.4, 12);
  });

  it('caps both halves and survives a market without volume', () => {
    expect(whaleFactor({ whaleVolume24h: 9, marketVolume24h: 3, distinctWhales: 50 }).normalised).toBe(1);
    expect(whaleFactor({ whaleVolume24h: 5, marketVolume24h: 0, distinctWhales: 0 })).toEqual({
      raw: 0,
      normalised: 0,
    });
  });
});

describe('news factor', () => {
  it('weights each headline by recency with a 12 h half-life, within 48 h', () => {
    const f = newsFactor([NOW, NOW - 12 * HOUR, NOW - 24 * HOUR, NOW - 49 * HOUR, NOW + HOUR], NOW);
    expect(f.raw).toBeCloseTo(1.75, 12); // 1 + 0.5 + 0.25; too old and future ignored
    expect(f.normalised).toBeCloseTo(1.75 / 3, 12);
  });

  it('caps at 1 and is 0 without headlines', () => {
    expect(newsFactor([NOW, NOW, NOW, NOW], NOW).normalised).toBe(1);
    expect(newsFactor([], NOW)).toEqual({ raw: 0, normalised: 0 });
  });
});
