import type { RejectionsStore } from '../../../app/ports/store-port';
import { type RejectionRow, rejectionRow } from '../../../core/model/rows/rejections';
import type { EquilibrageDatabase } from '../database';

/** Why each market was left out of the last scan. One row per market, replaced by every scan. */
export class RejectionsRepository implements RejectionsStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async replaceAll(rows: RejectionRow[]): Promise<void> {
    const valid = rows.map((r) => rejectionRow.parse(r));
    await this.db.transaction('rw', this.db.rejections, async () => {
      await this.db.rejections.clear();
      await this.db.rejections.bulkPut(valid);
    });
  }

  get(marketId: string): Promise<RejectionRow | undefined> {
    return this.db.rejections.get(marketId);
  }

  list(limit: number): Promise<RejectionRow[]> {
    return this.db.rejections.orderBy('rule').limit(limit).toArray();
  }

  /** How many markets each rule rejected. */
  async countsByRule(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    await this.db.rejections.each((r) => {
      out[r.rule] = (out[r.rule] ?? 0) + 1;
    });
    return out;
  }
}
