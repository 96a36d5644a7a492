import type { MarketsStore } from '../../../app/ports/store-port';
import type { Market } from '../../../core/model/market';
import { type VenueId, venueOf } from '../../../core/model/venue';
import type { EquilibrageDatabase } from '../database';

/** Decoded Gamma markets by id, refreshed by each scan (the monitor and the overlay read them). */
export class MarketsRepository implements MarketsStore {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly now: () => number,
  ) {}

  async upsertMany(markets: Market[]): Promise<void> {
    const updatedAt = this.now();
    await this.db.markets.bulkPut(
      markets.map((m) => ({
        id: m.id,
        conditionId: m.conditionId,
        slug: m.slug,
        market: m as unknown as Record<string, unknown>,
        updatedAt,
      })),
    );
  }

  async get(id: string): Promise<Market | undefined> {
    const row = await this.db.markets.get(id);
    return row?.market as unknown as Market | undefined;
  }

  async getMany(ids: string[]): Promise<Map<string, Market>> {
    const rows = await this.db.markets.bulkGet(ids);
    const out = new Map<string, Market>();
    for (const row of rows) if (row) out.set(row.id, row.market as unknown as Market);
    return out;
  }

  /** Cached markets with the time each was last refreshed. */
  async getManyWithAge(ids: string[]): Promise<Map<string, { market: Market; updatedAt: number }>> {
    const rows = await this.db.markets.bulkGet(ids);
    const out = new Map<string, { market: Market; updatedAt: number }>();
    for (const row of rows)
      if (row) out.set(row.id, { market: row.market as unknown as Market, updatedAt: row.updatedAt });
    return out;
  }

  async bySlug(slug: string): Promise<Market | undefined> {
    const row = await this.db.markets.where('slug').equals(slug).first();
    return row?.market as unknown as Market | undefined;
  }

  /** Every cached market of one venue (rows written before venues existed are Polymarket's). */
  async listByVenue(venue: VenueId): Promise<Market[]> {
    const out: Market[] = [];
    await this.db.markets.each((row) => {
      const market = row.market as unknown as Market;
      if (venueOf(market) === venue) out.push(market);
    });
    return out;
  }

  pruneOlderThan(cutoff: number): Promise<number> {
    return this.db.markets.where('updatedAt').below(cutoff).delete();
  }
}
