import type { Market } from '../../core/model/market';
import { type CrossVenueMatchRow, crossVenuePairId } from '../../core/model/rows/cross-venue-matches';
import { proposePairs } from '../../core/venues/cross-venue-candidates';
import { type CrossVenueMatch, matchMarkets } from '../../core/venues/cross-venue-match';
import { matchableOf, type PairHistory } from './pair-rows';

/** At most this many pairs the matcher proposes are kept (the most confident): their books are read. */
export const MAX_PROPOSALS = 300;

export interface PlannedPair {
  match: CrossVenueMatch;
  left: Market;
  right: Market;
  history: PairHistory;
}

export interface PairPlan {
  /** The pairs to price and store now. */
  keep: PlannedPair[];
  /** Stored pairs to drop: proposals the matcher no longer makes, pairs whose markets are gone. */
  remove: string[];
}

const historyOf = (row: PairHistory): PairHistory => ({
  verdict: row.verdict,
  manual: row.manual,
  proposedAt: row.proposedAt,
  verdictAt: row.verdictAt,
});

const open = (m: Market) => !m.closed && m.resolvedOutcome === null;

/**
 * The user's verdicts against the matcher's proposals of this scan:
 * - a rejected pair is never proposed again (its row stays, hidden, until its markets are gone);
 * - a confirmed pair stays whatever the matcher says now (scored again, for its reasons);
 * - an 'auto' pair the matcher no longer proposes is dropped; a new proposal starts as 'auto'.
 * `left` are the Polymarket markets, `right` the Kalshi ones (every cached one of each venue).
 */
export function planPairs(
  left: readonly Market[],
  right: readonly Market[],
  stored: readonly CrossVenueMatchRow[],
  now: number,
): PairPlan {
  const leftById = new Map(left.map((m) => [m.id, m]));
  const rightById = new Map(right.map((m) => [m.id, m]));
  const byId = new Map(stored.map((row) => [row.id, row]));
  const proposals = proposePairs(left.filter(open).map(matchableOf), right.filter(open).map(matchableOf))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, MAX_PROPOSALS);

  const keep = new Map<string, PlannedPair>();
  for (const match of proposals) {
    const id = crossVenuePairId(match.left.id, match.right.id);
    const previous = byId.get(id);
    const [l, r] = [leftById.get(match.left.id), rightById.get(match.right.id)];
    if (previous?.verdict === 'rejected' || !l || !r) continue;
    const history = previous
      ? historyOf(previous)
      : { verdict: 'auto' as const, manual: false, proposedAt: now, verdictAt: null };
    keep.set(id, { match, left: l, right: r, history });
  }
  const remove: string[] = [];
  for (const row of stored) {
    if (keep.has(row.id)) continue;
    const [l, r] = [leftById.get(row.leftId), rightById.get(row.rightId)];
    if (!l || !r)
      remove.push(row.id); // a market left the cache: not seen for a week, closed
    else if (row.verdict === 'confirmed')
      keep.set(row.id, {
        match: matchMarkets(matchableOf(l), matchableOf(r)),
        left: l,
        right: r,
        history: historyOf(row),
      });
    else if (row.verdict === 'auto') remove.push(row.id);
  }
  return { keep: [...keep.values()], remove };
}
