import type { BookSnapshot } from '../../core/backtest/dataset';
import type { Micros } from '../../core/model/money';
import { emptyBook } from '../../core/model/order-book';
import { markPrice } from '../../core/model/prices';
import type { BookSnapshotRow } from '../../core/model/rows/book-snapshots';

const level = ([price, size]: readonly [number, number]) => ({ price, size });

/** A stored snapshot as the backtest's book (best first, micros). */
export function toBookSnapshot(row: BookSnapshotRow): BookSnapshot {
  return { t: row.t, bids: row.bids.map(level), asks: row.asks.map(level) };
}

/** The mark price (midpoint, or last trade on a wide spread) the monitor saw in this snapshot. */
export function snapshotMark(row: BookSnapshotRow): Micros | null {
  return markPrice(
    emptyBook(row.tokenId, {
      bids: row.bids.map(level),
      asks: row.asks.map(level),
      tickSize: row.tickSize,
      minOrderSize: row.minOrderSize,
      lastTradePrice: row.lastTradePrice,
      timestamp: row.t,
    }),
  );
}
