import type { Market } from '../../core/model/market';
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

/** The history query of the research port (venue-research-port.ts): CLOB /prices-history takes it as is. */
export type { PriceHistoryInterval, PriceHistoryQuery } from './venue-research-port';

import type { PriceHistoryQuery } from './venue-research-port';

/** One /prices-history point (venue-port.ts): epoch ms and price in micros. */
export type { PriceHistoryPoint } from './venue-port';

import type { PriceHistoryPoint } from './venue-port';

export interface ClobReads {
  getBook(tokenId: string): Promise<OrderBook>;
  /** Books of many tokens (the client batches them). */
  getBooks(tokenIds: readonly string[]): Promise<OrderBook[]>;
  getPricesHistory(q: PriceHistoryQuery): Promise<PriceHistoryPoint[]>;
}

/** Data API reads: the Polymarket venue's wallet-activity capability (wallet-activity-port.ts). */
export type {
  WalletActivityReads as DataApiReads,
  WalletPosition as DataApiPosition,
  WalletRows as DataRows,
  WalletTrade as DataApiTrade,
} from './wallet-activity-port';

import type { WalletActivityReads as DataApiReads } from './wallet-activity-port';

/** The three read clients, sharing one rate budget. */
export interface PolymarketClients {
  gamma: GammaReads;
  clob: ClobReads;
  data: DataApiReads;
}
