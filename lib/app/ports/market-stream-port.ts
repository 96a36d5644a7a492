import type { Micros } from '../../core/model/money';
import type { BookLevel } from '../../core/model/order-book';

/**
 * The market channel's decoded events as the realtime monitor reads them (prices in micros, levels
 * best first). The websocket client in lib/adapters/polymarket/market-ws.ts delivers them.
 */

export type MarketWsStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** A full snapshot of one token's book. */
export interface WsBook {
  tokenId: string;
  bids: BookLevel[];
  asks: BookLevel[];
  timestamp: number;
  hash: string;
}

/** Level changes: each sets one level's aggregate size (0 removes it). */
export interface WsPriceChange {
  timestamp: number;
  changes: Array<{ tokenId: string; side: 'BUY' | 'SELL'; price: Micros; size: Micros }>;
}

export interface WsLastTrade {
  tokenId: string;
  price: Micros;
}

export interface WsTickSizeChange {
  tokenId: string;
  newTickSize: Micros;
}

/** A market resolved: its tokens and the winning one. */
export interface WsMarketResolved {
  market: string;
  tokenIds: string[];
  winningTokenId: string;
}

export interface MarketWsHandlers {
  onBook?: (event: WsBook) => void;
  onPriceChange?: (event: WsPriceChange) => void;
  onLastTrade?: (event: WsLastTrade) => void;
  onTickSizeChange?: (event: WsTickSizeChange) => void;
  onMarketResolved?: (event: WsMarketResolved) => void;
  /** Every event, after its specific handler. */
  onEvent?: (event: { type: string }) => void;
  /** A message that could not be trusted; `count` is the running total. */
  onMalformed?: (reason: string, count: number) => void;
  onStatus?: (status: MarketWsStatus) => void;
}
