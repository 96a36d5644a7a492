import { DEFAULT_VENUE, VENUE_NAMES, type VenueId } from '../../core/model/venue';
import { operationalError } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';
import type { Exchange } from '../ports/exchange-port';
import type { Venues } from '../ports/venue-port';

/** Builds the live exchange of a venue for the current settings. */
export type LiveExchangeByVenue = (settings: Settings, venue?: VenueId) => Promise<Exchange>;

/**
 * The live exchange of the venue a position or market records (absent: Polymarket). A venue composed
 * without live trading refuses with a reason: its markets are scanned and paper traded only.
 */
export function liveExchangeByVenue(venues: Venues): LiveExchangeByVenue {
  return async (settings, venue = DEFAULT_VENUE) => {
    const live = venues.get(venue)?.live;
    if (!live)
      throw operationalError(`Live trading on ${VENUE_NAMES[venue]} is not configured.`, {
        code: 'venue_not_tradable',
        details: { venue: VENUE_NAMES[venue] },
      });
    return live(settings);
  };
}
