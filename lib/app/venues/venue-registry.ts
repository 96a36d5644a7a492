import { DEFAULT_VENUE, type VenueId } from '../../core/model/venue';
import type { Venue, Venues } from '../ports/venue-port';

/**
 * The venues the product is composed with (entrypoints/background/compose-venues.ts lists them, one
 * line each). Ids are unique; the order is the scan's order.
 */
export function createVenues(list: readonly Venue[]): Venues {
  const byId = new Map<VenueId, Venue>();
  for (const venue of list) {
    if (byId.has(venue.id)) throw new Error(`venue ${venue.id} is composed twice`);
    byId.set(venue.id, venue);
  }
  const all = Object.freeze([...list]);
  return { list: () => all, get: (id) => byId.get(id) };
}

/** A venue the composition must have (the default one, or the venue a row records). */
export function requireVenue(venues: Venues, id: VenueId = DEFAULT_VENUE): Venue {
  const venue = venues.get(id);
  if (!venue) throw new Error(`venue ${id} is not configured`);
  return venue;
}
