import type { CrossVenueMatchView } from '../../../lib/messaging/cross-venue-protocol';

/**
 * The matches each scanner row shows, by market key (a match belongs to both its markets' rows),
 * the user's rejected pairs left out, in the background's order (best gap first).
 */
export function matchesByMarket(matches: readonly CrossVenueMatchView[]): Map<string, CrossVenueMatchView[]> {
  const out = new Map<string, CrossVenueMatchView[]>();
  for (const m of matches) {
    if (m.verdict === 'rejected') continue;
    for (const key of [m.left.marketId, m.right.marketId]) out.set(key, [...(out.get(key) ?? []), m]);
  }
  return out;
}
