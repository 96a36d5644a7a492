import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import { type VenueId, venueOfKey } from '../../core/model/venue';
import type { MarketData } from '../ports/exchange-port';
import type { Venues } from '../ports/venue-port';

function byVenue(keys: readonly string[]): Map<VenueId, string[]> {
  const out = new Map<VenueId, string[]>();
  for (const key of keys) {
    const venue = venueOfKey(key);
    const list = out.get(venue);
    if (list) list.push(key);
    else out.set(venue, [key]);
  }
  return out;
}

/**
 * The trading engine's market reads over every venue: each market or token id goes to the venue its
 * key names (a bare key is Polymarket's), one batch per venue, answered together. An id of a venue
 * that is not composed is answered like an unknown id (no book, no market), never guessed.
 */
export function venueMarketData(venues: Venues): MarketData {
  return {
    async books(tokenIds) {
      const parts = await Promise.all(
        [...byVenue(tokenIds)].map(([id, keys]) => venues.get(id)?.marketData.books(keys) ?? []),
      );
      return parts.flat() as OrderBook[];
    },
    async markets(ids) {
      const out = new Map<string, Market>();
      const parts = await Promise.all(
        [...byVenue(ids)].map(([id, keys]) => venues.get(id)?.marketData.markets(keys) ?? new Map()),
      );
      for (const part of parts) for (const [id, market] of part) out.set(id, market);
      return out;
    },
  };
}
