import type { BookSnapshotsStore } from '../../../app/ports/store-port';
import { type BookSnapshotRow, bookSnapshotRow } from '../../../core/model/rows/book-snapshots';
import type { EquilibrageDatabase } from '../database';

/** Recorded order books per token (research datasets), kept bounded by age and count. */
export class BookSnapshotsRepository implements BookSnapshotsStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async putMany(rows: BookSnapshotRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.bookSnapshots.bulkPut(rows.map((r) => bookSnapshotRow.parse(r)));
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
