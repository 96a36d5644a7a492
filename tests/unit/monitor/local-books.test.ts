import { describe, expect, it } from 'vitest';
import { LocalBooks } from '../../../lib/app/monitor/realtime/local-books';
import { setLevel } from '../../../lib/app/monitor/realtime/set-level';
import { checkAgainstRest } from '../../../lib/app/monitor/realtime/snapshot-check';
import type { OrderBook } from '../../../lib/core/model/order-book';

const lv = (price: number, size: number) => ({ price, size });

function restBook(tokenId: string, bids: OrderBook['bids'], asks: OrderBook['asks']): OrderBook {
  return {
    tokenId,
    market: '0xm',
    bids,
    asks,
    tickSize: 10_000,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: 500_000,
    timestamp: 1,
    hash: 'h',
  };
}

describe('setLevel keeps a side best first', () => {
  it('inserts, replaces and removes bids (high → low)', () => {
    const bids = [lv(500_000, 10), lv(480_000, 5)];
    expect(setLevel(bids, 'bids', 490_000, 7)).toEqual([lv(500_000, 10), lv(490_000, 7), lv(480_000, 5)]);
    expect(setLevel(bids, 'bids', 510_000, 1)).toEqual([lv(510_000, 1), ...bids]);
    expect(setLevel(bids, 'bids', 470_000, 1)).toEqual([...bids, lv(470_000, 1)]);
    expect(setLevel(bids, 'bids', 500_000, 3)).toEqual([lv(500_000, 3), lv(480_000, 5)]);
    expect(setLevel(bids, 'bids', 500_000, 0)).toEqual([lv(480_000, 5)]);
    expect(setLevel(bids, 'bids', 420_000, 0)).toEqual(bids);
    expect(bids).toEqual([lv(500_000, 10), lv(480_000, 5)]);
  });

  it('inserts and removes asks (low → high)', () => {
    const asks = [lv(510_000, 10), lv(530_000, 5)];
    expect(setLevel(asks, 'asks', 520_000, 2)).toEqual([lv(510_000, 10), lv(520_000, 2), lv(530_000, 5)]);
    expect(setLevel(asks, 'asks', 500_000, 2)).toEqual([lv(500_000, 2), ...asks]);
    expect(setLevel(asks, 'asks', 510_000, 0)).toEqual([lv(530_000, 5)]);
    expect(setLevel([], 'asks', 510_000, 4)).toEqual([lv(510_000, 4)]);
  });
});

describe('LocalBooks', () => {
  it('answers a domain book only once a REST book brought the tick and minimum size', () => {
    const books = new LocalBooks();
    books.applySnapshot({
      tokenId: 'A',
      bids: [lv(490_000, 5)],
      asks: [lv(510_000, 5)],
      timestamp: 2,
      hash: 'x',
    });
    expect(books.has('A')).toBe(true);
    expect(books.book('A')).toBeUndefined();
    books.adoptRest(restBook('A', [lv(480_000, 1)], [lv(520_000, 1)]));
    // A later socket snapshot replaces the levels and keeps the REST facts.
    books.applySnapshot({
      tokenId: 'A',
      bids: [lv(490_000, 5)],
      asks: [lv(510_000, 5)],
      timestamp: 3,
      hash: 'y',
    });
    expect(books.book('A')).toMatchObject({
      tokenId: 'A',
      market: '0xm',
      tickSize: 10_000,
      minOrderSize: 5_000_000,
      bids: [lv(490_000, 5)],
      asks: [lv(510_000, 5)],
      lastTradePrice: 500_000,
      timestamp: 3,
      hash: 'y',
    });
  });

  it('applies price_change deltas on top of a snapshot; size 0 removes; unknown tokens are dropped', () => {
    const books = new LocalBooks();
    books.adoptRest(restBook('A', [lv(500_000, 10), lv(490_000, 10)], [lv(510_000, 10), lv(520_000, 10)]));
    expect(books.applyChange('A', 'BUY', 500_000, 0, 5)).toBe(true);
    expect(books.applyChange('A', 'BUY', 300_000, 40, 5)).toBe(true);
    expect(books.applyChange('A', 'SELL', 505_000, 3, 6)).toBe(true);
    expect(books.applyChange('A', 'SELL', 520_000, 0, 6)).toBe(true);
    expect(books.applyChange('B', 'BUY', 500_000, 1, 6)).toBe(false);
    books.setLastTrade('A', 320_000);
    books.setTickSize('A', 1_000);
    expect(books.book('A')).toMatchObject({
      bids: [lv(490_000, 10), lv(300_000, 40)],
      asks: [lv(505_000, 3), lv(510_000, 10)],
      lastTradePrice: 320_000,
      tickSize: 1_000,
      timestamp: 6,
    });
    books.drop('A');
    expect(books.has('A')).toBe(false);
  });

  it('checks socket books against REST: counts mismatches and missing tokens, adopts REST', () => {
    const books = new LocalBooks();
    books.applySnapshot({
      tokenId: 'A',
      bids: [lv(490_000, 5)],
      asks: [lv(510_000, 5)],
      timestamp: 1,
      hash: '',
    });
    books.applySnapshot({
      tokenId: 'B',
      bids: [lv(490_000, 5)],
      asks: [lv(510_000, 5)],
      timestamp: 1,
      hash: '',
    });
    const check = checkAgainstRest(books, [
      restBook('A', [lv(490_000, 5)], [lv(510_000, 5)]),
      restBook('B', [lv(480_000, 5)], [lv(510_000, 5)]),
      restBook('C', [], [lv(990_000, 1)]),
    ]);
    expect(check).toEqual({ compared: 2, mismatched: ['B'], missing: ['C'] });
    expect(books.book('B')?.bids).toEqual([lv(480_000, 5)]);
    expect(books.book('C')?.asks).toEqual([lv(990_000, 1)]);
  });
});
