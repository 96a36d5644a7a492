import { describe, expect, it } from 'vitest';
import {
  clampToTickRange,
  isKnownTickSize,
  isOnTick,
  isValidOrderPrice,
  priceBounds,
  roundConfigFor,
  roundPriceToTick,
  TICK_SIZES,
} from '../../../../lib/core/model/tick';

describe('tick sizes', () => {
  it('expresses every Polymarket tick as whole micros', () => {
    expect(TICK_SIZES).toEqual({
      '0.1': 100_000,
      '0.01': 10_000,
      '0.005': 5_000,
      '0.0025': 2_500,
      '0.001': 1_000,
      '0.0001': 100,
    });
  });

  it('gives the CLOB client round config for each tick', () => {
    expect(roundConfigFor(100_000)).toEqual({ price: 1, size: 2, amount: 3 });
    expect(roundConfigFor(10_000)).toEqual({ price: 2, size: 2, amount: 4 });
    expect(roundConfigFor(5_000)).toEqual({ price: 3, size: 2, amount: 5 });
    expect(roundConfigFor(2_500)).toEqual({ price: 4, size: 2, amount: 6 });
    expect(roundConfigFor(1_000)).toEqual({ price: 3, size: 2, amount: 5 });
    expect(roundConfigFor(100)).toEqual({ price: 4, size: 2, amount: 6 });
  });

  it('refuses a tick Polymarket does not use', () => {
    expect(isKnownTickSize(10_000)).toBe(true);
    expect(isKnownTickSize(20_000)).toBe(false);
    expect(() => roundConfigFor(20_000)).toThrow(/unknown tick size/);
  });
});

describe('isOnTick', () => {
  it.each([
    [430_000, 10_000, true],
    [435_000, 10_000, false],
    [435_000, 5_000, true],
    [437_500, 2_500, true],
    [437_600, 2_500, false],
    [123_000, 1_000, true],
    [123_400, 1_000, false],
    [123_400, 100, true],
    [123_450, 100, false],
    [300_000, 100_000, true],
    [350_000, 100_000, false],
  ])('price %i on tick %i → %s', (price, tick, expected) => {
    expect(isOnTick(price, tick)).toBe(expected);
  });
});

describe('roundPriceToTick', () => {
  it('rounds a buyer up and a seller down onto the grid', () => {
    expect(roundPriceToTick(431_200, 10_000, 'up')).toBe(440_000);
    expect(roundPriceToTick(431_200, 10_000, 'down')).toBe(430_000);
    expect(roundPriceToTick(431_200, 1_000, 'up')).toBe(432_000);
    expect(roundPriceToTick(431_200, 100, 'down')).toBe(431_200);
    expect(roundPriceToTick(436_000, 5_000, 'nearest')).toBe(435_000);
    expect(roundPriceToTick(438_000, 2_500, 'up')).toBe(440_000);
    expect(roundPriceToTick(350_000, 100_000, 'nearest')).toBe(400_000);
  });

  it('keeps prices near 0 and 1 inside [tick, 1 − tick]', () => {
    expect(roundPriceToTick(999_500, 10_000, 'up')).toBe(990_000);
    expect(roundPriceToTick(999_500, 1_000, 'up')).toBe(999_000);
    expect(roundPriceToTick(400, 1_000, 'down')).toBe(1_000);
    expect(roundPriceToTick(0, 10_000, 'nearest')).toBe(10_000);
  });
});

describe('price bounds', () => {
  it('is [tick, 1 − tick]', () => {
    expect(priceBounds(1_000)).toEqual({ min: 1_000, max: 999_000 });
    expect(clampToTickRange(1_000_000, 10_000)).toBe(990_000);
    expect(clampToTickRange(500_000, 10_000)).toBe(500_000);
  });

  it('accepts only on-grid prices inside the bounds', () => {
    expect(isValidOrderPrice(10_000, 10_000)).toBe(true);
    expect(isValidOrderPrice(990_000, 10_000)).toBe(true);
    expect(isValidOrderPrice(1_000_000, 10_000)).toBe(false);
    expect(isValidOrderPrice(0, 10_000)).toBe(false);
    expect(isValidOrderPrice(999_000, 1_000)).toBe(true);
    expect(isValidOrderPrice(999_000, 10_000)).toBe(false);
  });
});
