import type { WhalesStore } from '../../../app/ports/store-port';
import { type WhaleRow, whaleRow } from '../../../core/model/rows/whales';
import type { EquilibrageDatabase } from '../database';

export class WhalesRepository implements WhalesStore {
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

  /** Rows of these wallets, by address (addresses as stored: lower-case). */
  async byAddresses(walletAddresses: string[]): Promise<Map<string, WhaleRow>> {
    const rows = await this.db.whales.where('walletAddress').anyOf(walletAddresses).toArray();
    return new Map(rows.map((r) => [r.walletAddress, r]));
  }

  all(): Promise<WhaleRow[]> {
    return this.db.whales.toArray();
  }

  /** Wallets the user chose to follow (their positions are fetched by the whale pass). */
  async tracked(): Promise<WhaleRow[]> {
    return (await this.db.whales.toArray()).filter((w) => w.tracked);
  }

  async setTracked(walletAddress: string, tracked: boolean): Promise<boolean> {
    const count = await this.db.whales.where('walletAddress').equals(walletAddress).modify({ tracked });
    return count > 0;
  }
}
