import type { BookLevel, OrderBook } from '../../core/model/order-book';
import type { BookSnapshotRow } from '../../core/model/rows/book-snapshots';
import type { Store } from '../ports/store-port';

export interface SnapshotLimits {
  /** Levels kept per side (best first). */
  levels: number;
  /** A token is recorded at most once per this interval (0: every call). */
  minIntervalMs: number;
  /** Snapshots older than this are pruned. */
  maxAgeMs: number;
  /** At most this many rows are kept (the oldest go first). */
  maxRows: number;
  /** Prune after this many recorded rows (pruning counts the table; not on every write). */
  pruneEvery: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: Readonly<SnapshotLimits> = Object.freeze({
  levels: 20,
  minIntervalMs: 30_000,
  maxAgeMs: 14 * 24 * 3_600_000,
  maxRows: 50_000,
  pruneEvery: 500,
});

type SnapshotStore = Pick<Store, 'bookSnapshots'>;

const levels = (side: readonly BookLevel[], n: number): [number, number][] =>
  side.slice(0, n).map((l) => [l.price, l.size]);

/** A book as a snapshot row: best first, truncated, at the recorder's clock (not the exchange's). */
export function snapshotRow(book: OrderBook, t: number, maxLevels: number): BookSnapshotRow {
  return {
    id: `${book.tokenId}@${t}`,
    tokenId: book.tokenId,
    t,
    bids: levels(book.bids, maxLevels),
    asks: levels(book.asks, maxLevels),
    tickSize: book.tickSize,
    minOrderSize: book.minOrderSize,
    lastTradePrice: book.lastTradePrice,
  };
}

/** Rows written since the last prune, per store (pruning is amortised over writes). */
const sincePrune = new WeakMap<object, number>();

/**
 * Record the books the bot just read (the monitor pass's batch, an entry's or exit's books) as
 * snapshots at `now`, at most one per token per `minIntervalMs`, and keep the table bounded. Returns
 * how many rows were written. Never throws for an empty batch.
 */
export async function recordSnapshots(
  store: SnapshotStore,
  books: readonly OrderBook[],
  now: number,
  limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
): Promise<number> {
  const unique = new Map<string, OrderBook>();
  for (const book of books) unique.set(book.tokenId, book);
  if (unique.size === 0) return 0;
  let due = [...unique.values()];
  if (limits.minIntervalMs > 0) {
    const latest = await store.bookSnapshots.latestTimes([...unique.keys()]);
    due = due.filter((b) => {
      const last = latest.get(b.tokenId);
      return last === undefined || last === now || now - last >= limits.minIntervalMs;
    });
  }
  await store.bookSnapshots.putMany(due.map((b) => snapshotRow(b, now, limits.levels)));
  const written = (sincePrune.get(store) ?? 0) + due.length;
  if (written >= limits.pruneEvery) {
    await store.bookSnapshots.prune(now, limits.maxAgeMs, limits.maxRows);
    sincePrune.set(store, 0);
  } else sincePrune.set(store, written);
  return due.length;
}
