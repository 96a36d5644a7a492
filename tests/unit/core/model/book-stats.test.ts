import { describe, expect, it } from 'vitest';
import { bestAsk, bestBid, depthNearMid, midpoint, spread } from '../../../../lib/core/model/book-stats';
import { fixtureBook, makeBook } from '../support/books';

describe('book statistics', () => {
  it('reads best prices, midpoint and spread from the real neg-risk book', () => {
    const book = fixtureBook('clob-book.negrisk.polywatch.json');
    expect(bestBid(book)).toBe(300_000);
    expect(bestAsk(book)).toBe(430_000);
    expect(midpoint(book)).toBe(365_000);
    expect(spread(book)).toBe(130_000);
  });

  it('has no midpoint or spread with one side empty (real btc 5m book, no bids)', () => {
    const book = fixtureBook('clob-book.btc5m.ra1nty.json');
    expect(bestBid(book)).toBeNull();
    expect(bestAsk(book)).toBe(1_000);
    expect(midpoint(book)).toBeNull();
    expect(spread(book)).toBeNull();
    expect(depthNearMid(book, 0.02)).toBe(0);
  });

  it('sums resting collateral within x % of the midpoint', () => {
    const book = makeBook(
      [
        [0.5, 100],
        [0.49, 200],
        [0.45, 1000],
      ],
      [
        [0.51, 100],
        [0.52, 50],
        [0.6, 1000],
      ],
    );
    // mid 0.505; 2 % → [0.4949, 0.5151]: 0.50 × 100 + 0.51 × 100 = 101
    expect(depthNearMid(book, 0.02)).toBe(101_000_000);
    // 4 % → [0.4848, 0.5252]: + 0.49 × 200 + 0.52 × 50 = 225
    expect(depthNearMid(book, 0.04)).toBe(225_000_000);
  });
});
