import type { EquilibrageDatabase } from '../database';
import { type WhaleRow, whaleRow } from '../schema/whales';

export class WhalesRepository {
  constructor(private readonly db: EquilibrageDatabase) {}

  async upsertMany(rows: WhaleRow[]): Promise<void> {
    await this.db.whales.bulkPut(rows.map((r) => whaleRow.parse(r)));
  }

  top(limit: number): Promise<WhaleRow[]> {
    return this.db.whales.orderBy('totalVolume').reverse().limit(limit).toArray();
  }

  byAddress(walletAddress: string): Promise<WhaleRow | undefined> {
    return this.db.whales.where('walletAddress').equals(walletAddress).first();
  }
}
