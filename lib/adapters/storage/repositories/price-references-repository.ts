import type { PriceReferencesStore } from '../../../app/ports/store-port';
import {
  type PriceReferenceRow,
  priceReferenceRow,
  type ReferenceMode,
} from '../../../core/model/rows/price-references';
import type { EquilibrageDatabase } from '../database';

/** Single-side strategies' reference prices, one row per market (lib/core/model/rows/price-references.ts). */
export class PriceReferencesRepository implements PriceReferencesStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  get(marketId: string): Promise<PriceReferenceRow | undefined> {
    return this.db.priceReferences.get(marketId);
  }

  /**
   * Record a look at a market: a new market's row is stored as given (the first sighting sets the
   * reference for good); a known one only gets its latest marks. Returns the kept row.
   */
  async observe(row: PriceReferenceRow): Promise<PriceReferenceRow> {
    const valid = priceReferenceRow.parse(row);
    return this.db.transaction('rw', this.db.priceReferences, async () => {
      const existing = await this.db.priceReferences.get(valid.marketId);
      const kept = existing
        ? { ...existing, lastYes: valid.lastYes, lastNo: valid.lastNo, lastSeenAt: valid.lastSeenAt }
        : valid;
      await this.db.priceReferences.put(kept);
      return kept;
    });
  }

  /** Record that a position was opened on this market's reference in `mode` (null: its entry failed, free it). */
  async markEntered(marketId: string, mode: ReferenceMode, at: number | null): Promise<void> {
    await this.db.priceReferences
      .where('marketId')
      .equals(marketId)
      .modify((row: PriceReferenceRow) => {
        row.enteredAt = { ...row.enteredAt, [mode]: at };
      });
  }

  /** Markets watched for a move and not traded yet in `mode`, most recently first seen first. */
  async watching(mode: ReferenceMode, limit: number): Promise<PriceReferenceRow[]> {
    return this.db.priceReferences
      .orderBy('firstSeenAt')
      .reverse()
      .filter((r) => r.enteredAt[mode] === null)
      .limit(limit)
      .toArray();
  }

  async delete(marketId: string): Promise<void> {
    await this.db.priceReferences.delete(marketId);
  }

  all(): Promise<PriceReferenceRow[]> {
    return this.db.priceReferences.orderBy('firstSeenAt').toArray();
  }
}
