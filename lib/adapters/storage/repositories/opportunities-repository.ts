import type { OpportunitiesStore } from '../../../app/ports/store-port';
import { type OpportunityRow, opportunityRow } from '../../../core/model/rows/opportunities';
import type { EquilibrageDatabase } from '../database';

export class OpportunitiesRepository implements OpportunitiesStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  /** Insert or replace opportunities by market (one row per market). */
  async upsertMany(rows: OpportunityRow[]): Promise<void> {
    const valid = rows.map((r) => opportunityRow.parse(r));
    await this.db.transaction('rw', this.db.opportunities, async () => {
      // A handful of rows: an index lookup. A whole scan's worth: one pass over the index's keys is
      // far cheaper than thousands of point lookups.
      const idByMarket = new Map<string, string>();
      if (valid.length <= 200) {
        const existing = await this.db.opportunities
          .where('marketId')
          .anyOf(valid.map((r) => r.marketId))
          .toArray();
        for (const r of existing) idByMarket.set(r.marketId, r.id);
      } else {
        const wanted = new Set(valid.map((r) => r.marketId));
        await this.db.opportunities.orderBy('marketId').eachPrimaryKey((id, cursor) => {
          const marketId = String(cursor.key);
          if (wanted.has(marketId)) idByMarket.set(marketId, id);
        });
      }
      await this.db.opportunities.bulkPut(
        valid.map((r) => ({ ...r, id: idByMarket.get(r.marketId) ?? r.id })),
      );
    });
  }

  /** Best first. */
  top(limit: number): Promise<OpportunityRow[]> {
    return this.db.opportunities.orderBy('score').reverse().limit(limit).toArray();
  }

  all(): Promise<OpportunityRow[]> {
    return this.db.opportunities.orderBy('score').reverse().toArray();
  }

  bySlugs(slugs: string[]): Promise<OpportunityRow[]> {
    return this.db.opportunities.where('slug').anyOf(slugs).toArray();
  }

  /** Remove every opportunity not written by scan `scanId` (markets no longer eligible). */
  pruneExceptScan(scanId: string): Promise<number> {
    return this.db.opportunities.where('scanId').notEqual(scanId).delete();
  }

  /** Remove opportunities not refreshed since `cutoff` (stale markets). */
  pruneOlderThan(cutoff: number): Promise<number> {
    return this.db.opportunities.where('detectedAt').below(cutoff).delete();
  }
}
