import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import { type VenueId, venueOf } from '../../../lib/core/model/venue';
import { matchesText, type SortState, sortRows } from '../table-sort';

export type ScannerSortKey = 'score' | 'market' | 'yes' | 'liquidity' | 'volume' | 'whales' | 'end';

export interface ScannerFilter {
  query: string;
  minScore: number;
  /** Only markets with every factor's data present. */
  completeOnly: boolean;
  venue: VenueId | 'all';
}

const value: Record<ScannerSortKey, (o: OpportunityRow) => number | string | null> = {
  score: (o) => o.score,
  market: (o) => o.marketName,
  yes: (o) => o.midYes,
  liquidity: (o) => o.liquidity,
  volume: (o) => o.volume24h,
  whales: (o) => o.whaleActivityScore,
  end: (o) => o.endTime,
};

/** The scanner's rows after its filter and sort. */
export function scannerRows(
  rows: readonly OpportunityRow[],
  filter: ScannerFilter,
  sort: SortState<ScannerSortKey>,
): OpportunityRow[] {
  const kept = rows.filter(
    (o) =>
      o.score >= filter.minScore &&
      (!filter.completeOnly || o.missing.length === 0) &&
      (filter.venue === 'all' || venueOf(o) === filter.venue) &&
      (filter.query.trim() === '' || matchesText(`${o.marketName} ${o.slug}`, filter.query)),
  );
  return sortRows(kept, value[sort.key], sort.dir);
}
