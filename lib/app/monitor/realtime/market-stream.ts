import type { VenueId } from '../../../core/model/venue';
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

/** A venue's socket as the monitor opens it: the factory, and what in the settings it depends on. */
export interface StreamSource {
  open: OpenMarketStream;
  /** A change of this value (the socket URL) closes the socket and opens a new one. */
  key: (settings: Settings) => string;
}

/** The socket of each venue that has one (lib/app/venues/venue-streams.ts builds it from the venues). */
export type StreamSources = (venue: VenueId) => StreamSource | undefined;
