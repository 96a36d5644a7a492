import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import type { VenueId } from '../../core/model/venue';
import type { Settings } from '../../settings/schema';
import type { Exchange, MarketData } from './exchange-port';
import type { MarketWsHandlers, MarketWsStatus } from './market-stream-port';
import type { VenueDiagnostics } from './venue-diagnostics-port';
import type { VenueResearch } from './venue-research-port';
import type { WalletActivityReads } from './wallet-activity-port';

/**
 * The venue seam: what the scanner, the monitors, the trading engine, paper trading and the
 * backtester need from a prediction market. lib/app talks to `Venue`s through a `Venues` registry;
 * each venue is one folder of lib/adapters/venues/ that maps its own wire formats into the core's
 * `Market` and `OrderBook` at the edge (prices in micros on the tick grid, fees as a FeeSchedule,
 * tick and minimum size on the Market, resolution as `resolvedOutcome`).
 *
 * Ids: a venue's market and token ids are stored keys, venue-qualified outside Polymarket
 * (`venueKey` in lib/core/model/venue.ts); every Market a venue returns says `venue: <its id>`.
 */

/** What a listing needs of the pass that runs it: its abort signal and its request count. */
export interface ListingContext {
  readonly signal: AbortSignal;
  addRequests(n: number): void;
}

/** A listed market decoded, or left out with the reason (a scan keeps the reasons). */
export type MarketListing = { ok: true; market: Market } | { ok: false; id: string | null; reason: string };

/** One price-history point: epoch ms and price in micros. */
export interface PriceHistoryPoint {
  time: number;
  price: Micros;
}

/** The last week of a token's prices, one point per `fidelityMinutes`. */
export interface WeekHistoryRequest {
  tokenId: string;
  fidelityMinutes: number;
}

/** The public market data the scan and the score read (every venue has them). */
export interface VenueMarketReads {
  /**
   * Every active, open market, page by page. The one read a scan cannot do without: a failure
   * throws (after whatever fallback routes the venue has).
   */
  listActiveMarkets(ctx: ListingContext): AsyncIterable<MarketListing[]>;
  /** Books of many tokens, by token id; a token without a book is absent. */
  books(tokenIds: readonly string[]): Promise<OrderBook[]>;
  /** How many tokens one `books` call reads in one request (the scan batches by it). */
  readonly booksPerRequest: number;
  /** A token's price history over the last week. */
  weekHistory(request: WeekHistoryRequest): Promise<PriceHistoryPoint[]>;
}

/**
 * Why a venue's socket cannot be up, as the user can fix it: no API key for a venue whose socket
 * needs one, the wallet (which seals that key) locked, or the venue refused the handshake.
 */
export type StreamProblem = 'no_key' | 'wallet_locked' | 'refused';

/** The market websocket of a venue (the realtime monitor's feed; lib/app/monitor/realtime). */
export interface VenueStream {
  readonly status: MarketWsStatus;
  readonly subscriptions: string[];
  /** Set while the socket cannot come up for a reason the user can fix (absent: never). */
  readonly problem?: StreamProblem | null;
  connect(): void;
  subscribe(tokenIds: readonly string[]): void;
  unsubscribe(tokenIds: readonly string[]): void;
  close(): Promise<void>;
}

export interface Venue {
  readonly id: VenueId;
  /** Listings, books, price history for the scan: every venue has them. */
  readonly reads: VenueMarketReads;
  /** The engine's and the monitors' reads (books in the engine's batches, markets by id). */
  readonly marketData: MarketData;
  /**
   * Optional capabilities: declared where the venue has them, never faked. A venue without
   * `walletActivity` scores the whale factor as missing; without `live` it is scanned and paper
   * traded only; without `stream` its positions are watched by the alarm monitor alone.
   */
  readonly walletActivity?: WalletActivityReads;
  /**
   * Live order placement and status with the user's keys, as the Exchange port. Paper trading is
   * the product's own exchange over the venue's books (`marketData`), the same on every venue.
   */
  readonly live?: (settings: Settings) => Promise<Exchange>;
  /** Websocket prices, decoded into the market-stream port's events. */
  readonly stream?: (handlers: MarketWsHandlers, settings: Settings) => VenueStream;
  /** What the socket depends on in the settings (its URL): a change reopens it. Absent: nothing. */
  readonly streamKey?: (settings: Settings) => string;
  /** The venue's own market page, for links and the page overlay (Polymarket: polymarket.com/event/…). */
  readonly marketUrl?: (market: Market) => string | null;
  /**
   * The research datasets' reads: a market the user names (open or closed) and a token's history
   * over any window (venue-research-port.ts). Without it the venue's markets cannot be picked.
   */
  readonly research?: VenueResearch;
  /** The diagnostics' checks of the venue (venue-diagnostics-port.ts): reachability, keys, region. */
  readonly diagnostics?: VenueDiagnostics;
}

/** The venues the product is composed with, by id (lib/app/venues/venue-registry.ts builds one). */
export interface Venues {
  /** In composition order; the first one is the default venue. */
  list(): readonly Venue[];
  get(id: VenueId): Venue | undefined;
}
