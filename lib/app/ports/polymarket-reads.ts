import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';

/**
 * The public Polymarket reads the scan, the whale pass, the research recorder and the endpoint check
 * use. The clients in lib/adapters/polymarket implement them over one shared HTTP layer (one rate
 * budget); every answer is already decoded, amounts in micros.
 */

/** The three REST base URLs, as the settings hold them. */
export interface PolymarketEndpoints {
  gammaUrl: string;
  clobUrl: string;
  dataUrl: string;
}

/** A Gamma market decoded, or left out with the reason (a scan keeps the reasons). */
export type GammaMarketParse =
  | { ok: true; market: Market }
  | { ok: false; id: string | null; reason: string };

/** A Gamma event decoded with its markets, or left out with the reason. */
export type GammaEventListing =
  | { ok: true; event: { markets: GammaMarketParse[] } }
  | { ok: false; id: string | null; reason: string };

/** Filters of Gamma's market listings (the subset lib/app asks for). */
export interface GammaListingFilter {
  active?: boolean;
  closed?: boolean;
  archived?: boolean;
}

export interface KeysetPage<T> {
  items: T[];
  /** Absent on the last page. */
  nextCursor: string | null;
}

export interface GammaReads {
  listMarkets(
    filter?: GammaListingFilter,
    page?: { limit?: number; offset?: number },
  ): Promise<GammaMarketParse[]>;
  marketsKeyset(
    filter?: GammaListingFilter,
    page?: { limit?: number; afterCursor?: string },
  ): Promise<KeysetPage<GammaMarketParse>>;
  eventsKeyset(
    filter?: GammaListingFilter,
    page?: { limit?: number; afterCursor?: string },
  ): Promise<KeysetPage<GammaEventListing>>;
}

export type PriceHistoryInterval = '1h' | '6h' | '1d' | '1w' | '1m' | 'max';

export type PriceHistoryQuery = { tokenId: string; fidelityMinutes?: number } & (
  | { interval: PriceHistoryInterval }
  | { startTs: number; endTs: number }
);

/** One /prices-history point: epoch ms and price in micros. */
export interface PriceHistoryPoint {
  time: number;
  price: Micros;
}

export interface ClobReads {
  getBook(tokenId: string): Promise<OrderBook>;
  /** Books of many tokens (the client batches them). */
  getBooks(tokenIds: readonly string[]): Promise<OrderBook[]>;
  getPricesHistory(q: PriceHistoryQuery): Promise<PriceHistoryPoint[]>;
}

/** Decoded rows of a Data API page; rows that could not be trusted are counted, never dropped silently. */
export interface DataRows<T> {
  rows: T[];
  rejected: readonly unknown[];
}

/** One trade from Data API /trades. */
export interface DataApiTrade {
  wallet: string;
  side: 'BUY' | 'SELL';
  tokenId: string;
  conditionId: string;
  size: Micros;
  price: Micros;
  /** Epoch ms. */
  time: number;
  outcomeIndex: number | null;
  name: string;
  pseudonym: string;
  transactionHash: string;
}

/** One open position of a wallet from Data API /positions (the fields the whale view keeps). */
export interface DataApiPosition {
  conditionId: string;
  title: string;
  outcome: string;
  size: Micros;
  avgPrice: Micros;
  currentValue: Micros;
  cashPnl: Micros;
}

export interface DataApiReads {
  getTrades(q?: {
    markets?: string[];
    filter?: { type: 'CASH' | 'TOKENS'; amount: number };
    limit?: number;
    offset?: number;
  }): Promise<DataRows<DataApiTrade>>;
  getPositions(q: {
    user: string;
    limit?: number;
    sortBy?: 'CURRENT' | 'INITIAL' | 'TOKENS' | 'CASHPNL' | 'PERCENTPNL' | 'TITLE' | 'RESOLVING' | 'PRICE';
  }): Promise<DataRows<DataApiPosition>>;
}

/** The three read clients, sharing one rate budget. */
export interface PolymarketClients {
  gamma: GammaReads;
  clob: ClobReads;
  data: DataApiReads;
}
