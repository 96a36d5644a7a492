import { marketDataFromClients } from '../../../lib/adapters/exchange/clients-market-data';
import type { PolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { polymarketVenue } from '../../../lib/adapters/venues/polymarket/polymarket-venue';
import type { Venue, Venues } from '../../../lib/app/ports/venue-port';
import { createVenues } from '../../../lib/app/venues/venue-registry';

/** The Polymarket venue over these clients, as the background composes it. */
export function polymarketOn(clients: PolymarketClients): Venue {
  return polymarketVenue({ clients: () => clients, marketData: marketDataFromClients(() => clients) });
}

/** A registry with Polymarket alone (the product as it was before a second venue). */
export function polymarketOnly(clients: PolymarketClients): Venues {
  return createVenues([polymarketOn(clients)]);
}
