import type { Micros } from './money';
import type { VenueId } from './venue';

/** One outcome of a binary market: its CLOB token id (decimal uint256 string) and its label. */
export interface Outcome {
  tokenId: string;
  label: string;
  /** Gamma's displayed price for this outcome, in micros (0–1_000_000). */
  price: Micros;
}

/** Taker fee parameters: fee = shares × rate × p × (1 − p) (exponent is informative; V2 uses 1 or 2). */
export interface FeeSchedule {
  rate: number;
  exponent: number;
  takerOnly: boolean;
  /** Each fill's fee rounded UP to this step, in micros (Kalshi: $0.0001); absent: Polymarket's rounding. */
  roundUpTo?: Micros;
}

/**
 * A binary market as the domain sees it, decoded at its venue's edge (Polymarket: Gamma). `yes` is
 * outcome index 0 ("Yes", "Up", a team…), `no` is index 1. Amounts are micros; dates are epoch ms.
 * `id` and the token ids are stored keys: venue-qualified outside Polymarket (model/venue.ts).
 */
export interface Market {
  /** The venue that lists and trades it. */
  venue: VenueId;
  id: string;
  conditionId: string;
  slug: string;
  question: string;
  eventId: string | null;
  eventSlug: string | null;
  eventTitle: string | null;
  yes: Outcome;
  no: Outcome;
  active: boolean;
  closed: boolean;
  archived: boolean;
  enableOrderBook: boolean;
  acceptingOrders: boolean;
  negRisk: boolean;
  liquidity: Micros;
  volume24h: Micros;
  volume: Micros;
  endTime: number | null;
  tickSize: Micros;
  minOrderSize: Micros;
  bestBid: Micros | null;
  bestAsk: Micros | null;
  spread: Micros | null;
  lastTradePrice: Micros | null;
  oneHourPriceChange: number | null;
  oneDayPriceChange: number | null;
  oneWeekPriceChange: number | null;
  fee: FeeSchedule;
  /** Resolution: the winning outcome index once resolved, null while open or unknown. */
  resolvedOutcome: 0 | 1 | null;
  /**
   * Gamma `umaResolutionStatus` ("proposed", "resolved"…); null or absent when Gamma omits it (old
   * markets). Redeeming waits for "resolved" (or no status at all), then the chain's payouts decide.
   */
  resolutionStatus?: string | null;
  /**
   * Gamma `holdingRewardsEnabled`: Polymarket pays a holding reward on both legs of this market.
   * null or absent when the market data does not tell.
   */
  holdingRewardsEnabled?: boolean | null;
  tags: string[];
  /**
   * Gamma's market-level protocol version: "v1" (CTF markets, traded here). Newer-protocol markets
   * ("v2": position ids, a newer exchange and signing domain) are listed but not traded yet.
   * Absent = "v1".
   */
  protocolVersion?: string;
  /**
   * The resolution criteria as the venue words them (Polymarket: Gamma `description`; Kalshi:
   * `rules_primary`). Absent on markets cached before it was read; the cross-venue matcher reads it.
   */
  rules?: string;
}

/** Whether this extension can trade the market's protocol end to end (only "v1" for now). */
export const supportedProtocol = (market: Pick<Market, 'protocolVersion'>): boolean =>
  (market.protocolVersion ?? 'v1') === 'v1';
