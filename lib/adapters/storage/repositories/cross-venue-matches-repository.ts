import type { CrossVenueMatchesStore } from '../../../app/ports/store-port';
import { type CrossVenueMatchRow, crossVenueMatchRow } from '../../../core/model/rows/cross-venue-matches';
import type { EquilibrageDatabase } from '../database';

/** Matched pairs of markets across venues, with the user's verdict (lib/core/model/rows/cross-venue-matches.ts). */
export class CrossVenueMatchesRepository implements CrossVenueMatchesStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  all(): Promise<CrossVenueMatchRow[]> {
    return this.db.crossVenueMatches.toArray();
  }

  get(id: string): Promise<CrossVenueMatchRow | undefined> {
    return this.db.crossVenueMatches.get(id);
  }

  byLeft(leftId: string): Promise<CrossVenueMatchRow[]> {
    return this.db.crossVenueMatches.where('leftId').equals(leftId).toArray();
  }

  async replace(rows: readonly CrossVenueMatchRow[], remove: readonly string[]): Promise<void> {
    const valid = rows.map((row) => crossVenueMatchRow.parse(row));
    await this.db.transaction('rw', this.db.crossVenueMatches, async () => {
      if (remove.length > 0) await this.db.crossVenueMatches.bulkDelete([...remove]);
      if (valid.length > 0) await this.db.crossVenueMatches.bulkPut(valid);
    });
  }
}
