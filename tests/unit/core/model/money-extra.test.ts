import { describe, expect, it } from 'vitest';
import { ratioOf, scaleMicros, sumMicros } from '../../../../lib/core/model/money';
import { OUTCOME_SIDES, otherSide, outcomeIndex } from '../../../../lib/core/model/outcome-side';

describe('money helpers added for the strategy', () => {
  it('scales micros by a plain ratio exactly', () => {
    expect(scaleMicros(1_000_000_000, 0.1, 'down')).toBe(100_000_000);
    expect(scaleMicros(333_333, 0.5, 'up')).toBe(166_667);
    expect(scaleMicros(333_333, 0.5, 'down')).toBe(166_666);
    expect(scaleMicros(500_000, 1.02)).toBe(510_000);
    expect(() => scaleMicros(1, Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });

  it('divides into a plain ratio and sums', () => {
    expect(ratioOf(20_986_400, 102_000_000)).toBeCloseTo(0.205749, 6);
    expect(() => ratioOf(1, 0)).toThrow(/zero/);
    expect(sumMicros([1, 2, 3])).toBe(6);
  });
});

describe('outcome sides', () => {
  it('pairs YES with index 0 and NO with index 1', () => {
    expect(OUTCOME_SIDES).toEqual(['yes', 'no']);
    expect(otherSide('yes')).toBe('no');
    expect(otherSide('no')).toBe('yes');
    expect(outcomeIndex('yes')).toBe(0);
    expect(outcomeIndex('no')).toBe(1);
  });
});
