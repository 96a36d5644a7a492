import { marketDataFromClients } from '../../lib/adapters/exchange/clients-market-data';
import type { PolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import { type KalshiVenueDeps, kalshiVenue } from '../../lib/adapters/venues/kalshi/kalshi-venue';
import { polymarketVenue } from '../../lib/adapters/venues/polymarket/polymarket-venue';
import type { OpenMarketStream } from '../../lib/app/monitor/realtime/market-stream';
import type { Exchange } from '../../lib/app/ports/exchange-port';
import type { Venues } from '../../lib/app/ports/venue-port';
import { createVenues } from '../../lib/app/venues/venue-registry';
import type { Settings } from '../../lib/settings/schema';

/** What the venues are built from (BackgroundPlatform's parts). */
export interface VenueParts {
  /** The Polymarket clients of the endpoints the settings name. */
  polymarketClients: () => PolymarketClients;
  /** The same, read from the settings on every call (the engine's market reads, research). */
  polymarketCurrentClients?: () => Promise<PolymarketClients>;
  /** Polymarket's live exchange (the vault's key signs); absent: paper only. */
  polymarketLive?: (settings: Settings) => Promise<Exchange>;
  /** The CLOB market websocket (the realtime monitor's feed). */
  polymarketStream: OpenMarketStream;
  /** Kalshi's reads follow the settings (environment, `kalshi.enabled`); its live exchange when composed. */
  kalshi?: KalshiVenueDeps;
}

/**
 * The venue registry: one line per venue (docs/architecture.md, "Adding a venue"). The first one is
 * the default venue (every row without a venue is Polymarket's).
 */
export function composeVenues(parts: VenueParts): Venues {
  const polymarket = parts.polymarketClients;
  return createVenues([
    polymarketVenue({
      clients: polymarket,
      marketData: marketDataFromClients(parts.polymarketCurrentClients ?? polymarket),
      stream: parts.polymarketStream,
      ...(parts.polymarketCurrentClients ? { currentClients: parts.polymarketCurrentClients } : {}),
      ...(parts.polymarketLive ? { live: parts.polymarketLive } : {}),
    }),
    ...(parts.kalshi ? [kalshiVenue(parts.kalshi)] : []),
  ]);
}
