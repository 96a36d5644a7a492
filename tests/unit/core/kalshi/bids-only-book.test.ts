import { describe, expect, it } from 'vitest';
import {
  isKalshiBookCrossed,
  kalshiOrderBook,
  kalshiSides,
} from '../../../../lib/core/venues/kalshi/bids-only-book';
import {
  isOnKalshiGrid,
  kalshiFinestTick,
  kalshiTickAt,
} from '../../../../lib/core/venues/kalshi/price-grid';

const lvl = (price: number, size: number) => ({
  price: Math.round(price * 1e6),
  size: Math.round(size * 1e6),
});

// The docs' example book (kalshi-api.md §9.2): best YES bid 0.42, best NO bid 0.56.
const docsBook = {
  yesBids: [lvl(0.01, 200), lvl(0.35, 11), lvl(0.41, 10), lvl(0.42, 13)],
  noBids: [lvl(0.01, 100), lvl(0.44, 29), lvl(0.45, 20), lvl(0.56, 17)],
};

describe('Kalshi bids-only book → both outcomes, best first', () => {
  it("YES asks are NO bids at 1 − price with their sizes (the docs' example: best YES ask 0.44, best NO ask 0.58)", () => {
    const yes = kalshiSides(docsBook, 'yes');
    expect(yes.bids).toEqual([lvl(0.42, 13), lvl(0.41, 10), lvl(0.35, 11), lvl(0.01, 200)]);
    expect(yes.asks).toEqual([lvl(0.44, 17), lvl(0.55, 20), lvl(0.56, 29), lvl(0.99, 100)]);
    const no = kalshiSides(docsBook, 'no');
    expect(no.bids).toEqual([lvl(0.56, 17), lvl(0.45, 20), lvl(0.44, 29), lvl(0.01, 100)]);
    expect(no.asks).toEqual([lvl(0.58, 13), lvl(0.59, 10), lvl(0.65, 11), lvl(0.99, 200)]);
  });

  it('is exact on a subpenny grid (no float drift: 1 − 0.0010 is 0.999)', () => {
    const yes = kalshiSides({ yesBids: [lvl(0.003, 1.5)], noBids: [lvl(0.001, 2.25)] }, 'yes');
    expect(yes.asks).toEqual([{ price: 999_000, size: 2_250_000 }]);
    expect(yes.bids).toEqual([{ price: 3_000, size: 1_500_000 }]);
  });

  it('an empty side gives an empty opposite ask list; duplicate prices merge; zero sizes drop', () => {
    const onlyYes = kalshiSides({ yesBids: [lvl(0.3, 5), lvl(0.3, 2), lvl(0.2, 0)], noBids: [] }, 'yes');
    expect(onlyYes).toEqual({ bids: [lvl(0.3, 7)], asks: [] });
    expect(kalshiSides({ yesBids: [], noBids: [] }, 'no')).toEqual({ bids: [], asks: [] });
  });

  it('reports a locked or crossed book (YES bid + NO bid ≥ $1) instead of hiding it', () => {
    expect(isKalshiBookCrossed(docsBook)).toBe(false);
    expect(isKalshiBookCrossed({ yesBids: [lvl(0.6, 1)], noBids: [lvl(0.4, 1)] })).toBe(true);
    expect(isKalshiBookCrossed({ yesBids: [lvl(0.6, 1)], noBids: [lvl(0.45, 1)] })).toBe(true);
    expect(isKalshiBookCrossed({ yesBids: [lvl(0.6, 1)], noBids: [] })).toBe(false);
  });

  it('refuses a bid at 0 or 1 (no complement on the grid)', () => {
    expect(() => kalshiSides({ yesBids: [lvl(1, 1)], noBids: [] }, 'no')).toThrow(RangeError);
  });

  it("builds the core's OrderBook per outcome, with the NO book's last price complemented", () => {
    const context = {
      ticker: 'KX-1',
      tickSize: 10_000,
      minOrderSize: 10_000,
      lastTradePrice: 420_000,
      timestamp: 7,
    };
    const no = kalshiOrderBook(docsBook, 'no', context);
    expect(no.tokenId).toBe('KX-1:no');
    expect(no.market).toBe('KX-1');
    expect(no.lastTradePrice).toBe(580_000);
    expect(no.asks[0]).toEqual(lvl(0.58, 13));
    expect(kalshiOrderBook(docsBook, 'yes', context).lastTradePrice).toBe(420_000);
  });
});

describe('Kalshi price grid from price_ranges', () => {
  const tapered = [
    { start: 0, end: 100_000, step: 1_000 },
    { start: 100_000, end: 900_000, step: 10_000 },
    { start: 900_000, end: 1_000_000, step: 1_000 },
  ];
  it('reads the tick from the band holding the price', () => {
    expect(kalshiTickAt(tapered, 50_000)).toBe(1_000);
    expect(kalshiTickAt(tapered, 500_000)).toBe(10_000);
    expect(kalshiTickAt(tapered, 100_000)).toBe(1_000);
    expect(kalshiFinestTick(tapered)).toBe(1_000);
  });
  it('checks a price against its band', () => {
    expect(isOnKalshiGrid(tapered, 95_000)).toBe(true);
    expect(isOnKalshiGrid(tapered, 505_000)).toBe(false);
    expect(isOnKalshiGrid(tapered, 0)).toBe(false);
    expect(isOnKalshiGrid(tapered, 1_000_000)).toBe(false);
  });
});
