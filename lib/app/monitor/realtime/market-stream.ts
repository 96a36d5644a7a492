import type { Settings } from '../../../settings/schema';
import type { MarketWsHandlers, MarketWsStatus } from '../../ports/market-stream-port';

/**
 * The market-channel socket as the realtime monitor uses it. `MarketWs` (lib/adapters/polymarket/
 * market-ws.ts) fits it as is; app code cannot construct adapters, so the container passes a
 * factory: `(handlers, s) => new MarketWs({ url: s.endpoints.clobWsUrl, WebSocket, handlers })`.
 */
export interface MarketStream {
  readonly status: MarketWsStatus;
  readonly subscriptions: string[];
  connect(): void;
  subscribe(tokenIds: readonly string[]): void;
  unsubscribe(tokenIds: readonly string[]): void;
  close(): Promise<void>;
}

export type OpenMarketStream = (handlers: MarketWsHandlers, settings: Settings) => MarketStream;
