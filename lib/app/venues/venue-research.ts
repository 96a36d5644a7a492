import { type VenueId, venueOfKey } from '../../core/model/venue';
import { validationError } from '../../errors/app-error';
import type { PriceHistoryPoint, Venues } from '../ports/venue-port';
import type { FoundMarkets, PriceHistoryQuery } from '../ports/venue-research-port';

/** What the venues made of a pasted reference. */
export type VenuePick =
  | { kind: 'found'; venue: VenueId; found: FoundMarkets }
  | { kind: 'invalid' }
  | { kind: 'not_found'; unreadable: string[] }
  | { kind: 'off'; venue: VenueId };

/**
 * A token's price history from the venue its key names (a bare key is Polymarket's). A venue without
 * the research capability has no history to give: refused, never guessed.
 */
export function venuePriceHistory(
  venues: Venues,
): (query: PriceHistoryQuery) => Promise<PriceHistoryPoint[]> {
  return async (query) => {
    const id = venueOfKey(query.tokenId);
    const research = venues.get(id)?.research;
    if (!research)
      throw validationError(`No price history on ${id} for ${query.tokenId}`, {
        code: 'venue_no_research',
        details: { venue: id },
      });
    return research.priceHistory(query);
  };
}

/**
 * A pasted reference asked of each venue with the research capability, in composition order: the
 * first venue that finds markets answers. A text no venue reads is invalid; one a venue reads while
 * it is turned off says so (unless another venue found it); otherwise nothing was found.
 */
export function findInVenues(venues: Venues): (input: string) => Promise<VenuePick> {
  return async (input) => {
    let read = false;
    let off: VenueId | null = null;
    const unreadable: string[] = [];
    for (const venue of venues.list()) {
      const answer = await venue.research?.findMarkets(input);
      if (answer === undefined || answer === null) continue;
      read = true;
      if (answer === 'off') {
        off ??= venue.id;
        continue;
      }
      if (answer.markets.length > 0) return { kind: 'found', venue: venue.id, found: answer };
      unreadable.push(...answer.unreadable);
    }
    if (off !== null) return { kind: 'off', venue: off };
    return read ? { kind: 'not_found', unreadable } : { kind: 'invalid' };
  };
}
