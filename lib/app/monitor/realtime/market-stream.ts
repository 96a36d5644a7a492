import type { Settings } from '../../../settings/schema';
import type { MarketWsHandlers } from '../../ports/market-stream-port';
import type { VenueStream } from '../../ports/venue-port';

/**
 * The market socket as the realtime monitor uses it: a venue's `stream` (venue-port.ts). App code
 * cannot construct adapters, so the container passes a factory (Polymarket's: the CLOB market
 * channel, `(handlers, s) => new MarketWs({ url: s.endpoints.clobWsUrl, WebSocket, handlers })`).
 */
export type MarketStream = VenueStream;

export type OpenMarketStream = (handlers: MarketWsHandlers, settings: Settings) => MarketStream;
