import type { Exchange, MarketData } from '../../../app/ports/exchange-port';
import type { MarketWsHandlers } from '../../../app/ports/market-stream-port';
import type { PolymarketClients } from '../../../app/ports/polymarket-reads';
import type { Venue, VenueStream } from '../../../app/ports/venue-port';
import { parseMarketRef } from '../../../core/backtest/import/market-refs';
import type { Settings } from '../../../settings/schema';
import { findMarkets } from '../../polymarket/find-markets';
import { DEFAULT_LISTING, type ListingOptions, listActiveMarkets } from './list-active-markets';
import { checkEndpoints } from './polymarket-checks';

/** Tokens per scan `POST /books` request: the CLOB client's own chunk size. */
export const POLYMARKET_SCAN_BOOKS_PER_REQUEST = 50;

export interface PolymarketVenueDeps {
  /** The read clients of the current endpoints (one rate budget; rebuilt when an endpoint changes). */
  clients: () => PolymarketClients;
  /** The engine's reads (lib/adapters/exchange/clients-market-data.ts over the same clients). */
  marketData: MarketData;
  /** The live exchange for the current settings (lib/adapters/exchange/live-exchange-factory.ts); absent: paper only. */
  live?: (settings: Settings) => Promise<Exchange>;
  /** The CLOB market websocket (lib/adapters/polymarket/market-ws.ts). */
  stream?: (handlers: MarketWsHandlers, settings: Settings) => VenueStream;
  listing?: Partial<ListingOptions>;
  /**
   * The clients of the endpoints in the settings as they are now (research, diagnostics: a request
   * right after the endpoints change goes to the new ones); default: `clients`.
   */
  currentClients?: () => Promise<PolymarketClients>;
}

/**
 * Polymarket as a venue: Gamma listings (events keyset, then the market routes as fallbacks), CLOB
 * books and price history, and its optional capabilities: wallet activity (the Data API: the whale
 * factor and the whale pass), the exchange, the market websocket, polymarket.com event pages, the
 * research reads (a Gamma id, slug or polymarket.com link; CLOB /prices-history) and the endpoint
 * checks of the diagnostics.
 * Polymarket keys are bare (lib/core/model/venue.ts), so its ids pass through unchanged.
 */
export function polymarketVenue(deps: PolymarketVenueDeps): Venue {
  const listing: ListingOptions = { ...DEFAULT_LISTING, ...deps.listing };
  const clients = deps.clients;
  const current = deps.currentClients ?? (async () => deps.clients());
  return {
    id: 'polymarket',
    reads: {
      listActiveMarkets: (ctx) => listActiveMarkets(clients().gamma, ctx, listing),
      books: (tokenIds) => clients().clob.getBooks(tokenIds),
      booksPerRequest: POLYMARKET_SCAN_BOOKS_PER_REQUEST,
      weekHistory: ({ tokenId, fidelityMinutes }) =>
        clients().clob.getPricesHistory({ tokenId, interval: '1w', fidelityMinutes }),
    },
    marketData: deps.marketData,
    // The Data API reads through whichever clients are current when the pass runs.
    walletActivity: {
      getTrades: (q) => clients().data.getTrades(q),
      getPositions: (q) => clients().data.getPositions(q),
    },
    ...(deps.live ? { live: deps.live } : {}),
    ...(deps.stream ? { stream: deps.stream, streamKey: (s: Settings) => s.endpoints.clobWsUrl } : {}),
    marketUrl: (market) =>
      market.eventSlug ? `https://polymarket.com/event/${encodeURIComponent(market.eventSlug)}` : null,
    research: {
      findMarkets: async (input) => {
        const ref = parseMarketRef(input);
        return ref === null ? null : findMarkets((await current()).gamma, ref);
      },
      priceHistory: async (query) => (await current()).clob.getPricesHistory(query),
    },
    diagnostics: async ({ settings, now }) => checkEndpoints(await current(), settings.endpoints, { now }),
  };
}
