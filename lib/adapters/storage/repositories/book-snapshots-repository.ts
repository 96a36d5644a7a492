import Dexie from 'dexie';
import type { BookSnapshotsStore } from '../../../app/ports/store-port';
import { type BookSnapshotRow, bookSnapshotRow } from '../../../core/model/rows/book-snapshots';
import type { EquilibrageDatabase } from '../database';

type Level = readonly [number, number];
const sameLevels = (a: readonly Level[], b: readonly Level[]): boolean =>
  a.length === b.length && a.every((l, i) => l[0] === b[i]?.[0] && l[1] === b[i]?.[1]);
const sameRow = (a: BookSnapshotRow, b: BookSnapshotRow): boolean =>
  a.id === b.id &&
  a.tickSize === b.tickSize &&
  a.minOrderSize === b.minOrderSize &&
  a.lastTradePrice === b.lastTradePrice &&
  sameLevels(a.bids, b.bids) &&
  sameLevels(a.asks, b.asks);

/**
 * Recorded order books per token (research datasets), kept bounded by age and count. The newest row
 * written per token is remembered (this repository is the table's only writer), so latestTimes needs
 * no query per token and recording the same book again at the same time writes nothing; pruning and
 * writes inside an outer transaction (which may roll back) forget what was remembered.
 */
export class BookSnapshotsRepository implements BookSnapshotsStore {
  private readonly newest = new Map<string, BookSnapshotRow>();

  constructor(private readonly db: EquilibrageDatabase) {}

  async putMany(rows: BookSnapshotRow[]): Promise<void> {
    if (rows.length === 0) return;
    const inTransaction = Dexie.currentTransaction !== null;
    if (inTransaction) this.newest.clear();
    const changed = inTransaction
      ? rows
      : rows.filter((r) => {
          const known = this.newest.get(r.tokenId);
          return !(known && sameRow(known, r));
        });
    if (changed.length === 0) return;
    const parsed = changed.map((r) => bookSnapshotRow.parse(r));
    await this.db.bookSnapshots.bulkPut(parsed);
    if (inTransaction) return;
    for (const row of parsed) {
      const known = this.newest.get(row.tokenId);
      if (!known || row.t >= known.t) this.newest.set(row.tokenId, row);
    }
  }

  /** Snapshots of one token in [from, to], ascending t. */
  forToken(tokenId: string, from = 0, to = Number.MAX_SAFE_INTEGER): Promise<BookSnapshotRow[]> {
    return this.db.bookSnapshots
      .where('[tokenId+t]')
      .between([tokenId, from], [tokenId, to], true, true)
      .toArray();
  }

  /** Time of the newest snapshot of each token (absent when none). */
  async latestTimes(tokenIds: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const tokenId of tokenIds) {
      const known = this.newest.get(tokenId);
      if (known) {
        out.set(tokenId, known.t);
        continue;
      }
      const last = await this.db.bookSnapshots
        .where('[tokenId+t]')
        .between([tokenId, 0], [tokenId, Number.MAX_SAFE_INTEGER], true, true)
        .last();
      if (last) out.set(tokenId, last.t);
    }
    return out;
  }

  count(): Promise<number> {
    return this.db.bookSnapshots.count();
  }

  /** Drop snapshots older than `now − maxAgeMs`, then the oldest beyond `maxRows`. Returns how many. */
  async prune(now: number, maxAgeMs: number, maxRows: number): Promise<number> {
    const removed = await this.pruneRows(now, maxAgeMs, maxRows);
    if (removed > 0) this.newest.clear();
    return removed;
  }

  private async pruneRows(now: number, maxAgeMs: number, maxRows: number): Promise<number> {
    const old = await this.db.bookSnapshots
      .where('t')
      .below(now - maxAgeMs)
      .delete();
    const excess = (await this.db.bookSnapshots.count()) - maxRows;
    if (excess <= 0) return old;
    const oldest = await this.db.bookSnapshots.orderBy('t').limit(excess).primaryKeys();
    await this.db.bookSnapshots.bulkDelete(oldest);
    return old + oldest.length;
  }
}
