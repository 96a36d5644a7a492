import { describe, expect, it } from 'vitest';
import { checkDivergence, priceDrop } from '../../../../lib/core/rules/divergence';
import { makePosition } from '../support/positions';

describe('divergence', () => {
  it('measures the drop relative to the entry price', () => {
    expect(priceDrop(500_000, 350_000)).toBeCloseTo(0.3, 12);
    expect(priceDrop(500_000, 600_000)).toBeCloseTo(-0.2, 12);
    expect(priceDrop(0, 600_000)).toBe(0);
  });

  it('liquidates the side that fell 30 % or more (exactly 30 % included)', () => {
    const p = makePosition();
    expect(checkDivergence(p, { yes: 650_000, no: 350_000 }, 0.3)).toEqual({
      side: 'no',
      drop: 0.3,
      entryPrice: 500_000,
      markPrice: 350_000,
    });
    expect(checkDivergence(p, { yes: 649_000, no: 351_000 }, 0.3)).toBeNull();
  });

  it('picks the larger drop when both sides fell', () => {
    const p = makePosition({ entryPriceYes: 400_000, entryPriceNo: 600_000 });
    // YES 0.40 → 0.26 (35 %), NO 0.60 → 0.36 (40 %)
    expect(checkDivergence(p, { yes: 260_000, no: 360_000 }, 0.3)).toMatchObject({ side: 'no' });
  });

  it('works near the edges: entry 0.001 → 0.0007 is a 30 % drop', () => {
    const p = makePosition({ entryPriceYes: 1_000, entryPriceNo: 999_000 });
    expect(checkDivergence(p, { yes: 700, no: 999_000 }, 0.3)).toMatchObject({ side: 'yes' });
    expect(checkDivergence(p, { yes: 701, no: 999_000 }, 0.3)).toBeNull();
  });

  it('ignores a side without a mark and acts only on active positions', () => {
    expect(checkDivergence(makePosition(), { yes: null, no: 300_000 }, 0.3)).toMatchObject({ side: 'no' });
    expect(checkDivergence(makePosition(), { yes: null, no: null }, 0.3)).toBeNull();
    const liquidated = makePosition({ status: 'liquidated', liquidatedSide: 'no', sharesNo: 0 });
    expect(checkDivergence(liquidated, { yes: 100_000, no: 900_000 }, 0.3)).toBeNull();
  });

  it('follows the user’s threshold', () => {
    expect(checkDivergence(makePosition(), { yes: 600_000, no: 400_000 }, 0.2)).toMatchObject({ side: 'no' });
  });
});
