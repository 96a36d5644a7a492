import type { ScoreSamplesStore } from '../../../app/ports/store-port';
import { type ScoreSampleRow, scoreSampleRow } from '../../../core/model/rows/score-samples';
import type { EquilibrageDatabase } from '../database';

/** Scores and what followed them, for the calibration table (hit rate per score bucket). */
export class ScoreSamplesRepository implements ScoreSamplesStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async putMany(rows: ScoreSampleRow[]): Promise<void> {
    await this.db.scoreSamples.bulkPut(rows.map((r) => scoreSampleRow.parse(r)));
  }

  /** The newest sample of each market (to take at most one sample per market per horizon). */
  async latestByMarket(marketIds: string[]): Promise<Map<string, ScoreSampleRow>> {
    const rows = await this.db.scoreSamples.where('marketId').anyOf(marketIds).toArray();
    const out = new Map<string, ScoreSampleRow>();
    for (const row of rows) {
      const kept = out.get(row.marketId);
      if (!kept || row.scoredAt > kept.scoredAt) out.set(row.marketId, row);
    }
    return out;
  }

  /** Samples still waiting for their outcome, scored before `cutoff`. */
  async pendingBefore(cutoff: number): Promise<ScoreSampleRow[]> {
    const rows = await this.db.scoreSamples.where('scoredAt').below(cutoff).toArray();
    return rows.filter((r) => r.settledAt === null);
  }

  /** Newest first. */
  recent(limit: number): Promise<ScoreSampleRow[]> {
    return this.db.scoreSamples.orderBy('scoredAt').reverse().limit(limit).toArray();
  }

  pruneOlderThan(cutoff: number): Promise<number> {
    return this.db.scoreSamples.where('scoredAt').below(cutoff).delete();
  }
}
