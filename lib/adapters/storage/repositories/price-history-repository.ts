import type { PriceHistoryStore } from '../../../app/ports/store-port';
import { type PriceHistoryRow, priceHistoryRow } from '../../../core/model/rows/price-history';
import type { EquilibrageDatabase } from '../database';

/** Cached /prices-history per token; `stale` tells which tokens need a refresh. */
export class PriceHistoryRepository implements PriceHistoryStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async put(row: PriceHistoryRow): Promise<void> {
    await this.db.priceHistory.put(priceHistoryRow.parse(row));
  }

  async getMany(tokenIds: string[]): Promise<Map<string, PriceHistoryRow>> {
    const rows = await this.db.priceHistory.bulkGet(tokenIds);
    const out = new Map<string, PriceHistoryRow>();
    for (const row of rows) if (row) out.set(row.tokenId, row);
    return out;
  }

  /** Tokens with no cached history, or one fetched before `cutoff`. */
  async stale(tokenIds: string[], cutoff: number): Promise<string[]> {
    const cached = await this.getMany(tokenIds);
    return tokenIds.filter((id) => (cached.get(id)?.fetchedAt ?? -1) < cutoff);
  }
}
