import type { FeeRate } from '../../core/model/fees';
import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import type { VenueId } from '../../core/model/venue';
import type { ErrorKind } from '../../errors/app-error';
import type { Settings } from '../../settings/schema';

/**
 * The one seam between the trading engine and an exchange. Paper and live differ only here: the
 * engine never knows which one it talks to.
 */
export interface OrderRequest {
  tokenId: string;
  side: 'BUY' | 'SELL';
  orderType: 'FOK' | 'FAK';
  /** Worst acceptable price, on the market's tick grid. */
  limitPrice: Micros;
  /** BUY: collateral to spend; SELL: shares to sell. */
  amount: Micros;
  tickSize: Micros;
  negRisk: boolean;
  /** The market's taker fee rate, to account the fee of each fill. */
  feeRate: FeeRate;
}

/** An order ready to leave: `clientKey` identifies it at the exchange before it is sent. */
export interface PreparedOrder {
  clientKey: string;
  request: OrderRequest;
  /** Whatever the adapter needs to send it (a signed order, nothing for paper). */
  payload: unknown;
}

export interface OrderRejection {
  kind: ErrorKind;
  code: string;
  /** The exchange's own message, kept verbatim. */
  message: string;
  /** Facts behind `code` for the UI's own words (shares in micros, the order's status…). */
  params?: Record<string, string | number>;
}

/** What came of an order. Amounts in micros; `filledAmount` is collateral before the fee. */
export type OrderResult =
  | {
      status: 'filled';
      orderId: string;
      filledShares: Micros;
      filledAmount: Micros;
      avgPrice: Micros;
      fee: Micros;
      transactionHash: string | null;
    }
  | { status: 'rejected'; orderId: string | null; error: OrderRejection };

/** Error code of a buy refused because the region is close-only (positions may only be reduced). */
export const REGION_CLOSE_ONLY = 'region_close_only';

export interface Exchange {
  readonly mode: Settings['mode'];
  /** Set when this exchange only reduces positions (a close-only region): why entries are refused. */
  readonly entriesRefused?: { code: string; message: string } | null;
  /**
   * Build (and for live, sign) the order without sending it. `keyHint` is a fresh unique id the
   * adapter may use as the client key (paper does; live uses the signed order's hash).
   */
  prepare(request: OrderRequest, keyHint: string): Promise<PreparedOrder>;
  /**
   * Send once, never retried. A definite answer resolves (filled or rejected); an unknown outcome
   * (network failure, timeout, 5xx) throws, and the intent is reconciled later with findOrder.
   */
  send(order: PreparedOrder): Promise<OrderResult>;
  /** The exchange's record of an order by client key: null when it never reached the exchange. */
  findOrder(clientKey: string): Promise<OrderResult | null>;
  /** Free collateral (pUSD) in micros. */
  balance(): Promise<Micros>;
  /**
   * A resolved market's held shares turned into collateral at once (paper: 1 per winning share, 0
   * per losing share). Idempotent by `key`: settling the same resolution twice credits it once.
   * Absent where redeeming is a separate on-chain action (live).
   */
  settleResolution?(settlement: ResolutionSettlement): Promise<void>;
}

/** What a resolution pays per held token, in micros. */
export interface ResolutionSettlement {
  key: string;
  legs: { tokenId: string; shares: Micros; payout: Micros }[];
}

/**
 * The exchange of a mode (a position is always traded in the mode it was opened in) on a venue
 * (absent: Polymarket; a position is always traded on its own venue). Throws an operational AppError
 * when live trading cannot run (wallet locked, geoblocked…) or the venue has no exchange.
 */
export type ExchangeProvider = (
  mode: Settings['mode'],
  settings: Settings,
  venue?: VenueId,
) => Promise<Exchange>;

/** Market reads the engine needs: books in one batch, and markets by id. */
export interface MarketData {
  books(tokenIds: readonly string[]): Promise<OrderBook[]>;
  markets(ids: readonly string[]): Promise<Map<string, Market>>;
}
