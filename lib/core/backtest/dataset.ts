import type { FeeRate } from '../model/fees';
import type { Micros } from '../model/money';
import type { VenueId } from '../model/venue';
import { venueFeeRounding } from '../venues/venue-fee-rounding';

/**
 * A backtest dataset, as the core sees it: times are epoch ms, prices and sizes micros. The file
 * formats (JSON, CSV) are decoded and validated at the edge (lib/adapters/backtest).
 */
export interface Resolution {
  /** Winning outcome index: 0 = YES, 1 = NO. */
  outcome: 0 | 1;
  /** When the resolution became public, epoch ms. Nothing about it is visible before. */
  resolvedAt: number;
}

export interface BacktestMarket {
  /** The venue the market was recorded on; absent = Polymarket (datasets before venues existed). */
  venue?: VenueId;
  id: string;
  question: string;
  yesTokenId: string;
  noTokenId: string;
  /** Taker fee rate (fee = shares × rate × (p × (1 − p))^exponent). */
  feeRate: number;
  /** The fee's exponent: 1 when absent (most markets), 2 on some. */
  feeExponent?: number;
  tickSize: Micros;
  /** Scheduled end, epoch ms, null when unknown. */
  endTime: number | null;
  resolution: Resolution | null;
  /** Optional static USD figures for the eligibility rules; when absent those rules are skipped. */
  liquidity?: number;
  volume24h?: number;
}

/** One price observation of a token (e.g. a /prices-history point converted to ms and micros). */
export interface PricePoint {
  t: number;
  p: Micros;
}

export interface BookLevelPoint {
  price: Micros;
  size: Micros;
}

/** A recorded order book of one token at time t, best price first on both sides (domain order). */
export interface BookSnapshot {
  t: number;
  bids: BookLevelPoint[];
  asks: BookLevelPoint[];
}

/** A recorded opportunity score (1–10) of a market at time t. */
export interface ScorePoint {
  t: number;
  score: number;
}

export interface Dataset {
  /** The venue the data comes from; absent = Polymarket (datasets recorded before Kalshi). */
  venue?: 'polymarket' | 'kalshi';
  markets: BacktestMarket[];
  /** Price series per token id, ascending t. */
  prices: Record<string, PricePoint[]>;
  /** Optional order-book snapshots per token id, ascending t. */
  books?: Record<string, BookSnapshot[]>;
  /** Optional recorded scores per market id, ascending t (the opportunity threshold needs them). */
  scores?: Record<string, ScorePoint[]>;
}

/** A dataset market's taker fee parameters, rounded as its venue rounds them (Kalshi: up to $0.0001). */
export function marketFee(market: Pick<BacktestMarket, 'feeRate' | 'feeExponent' | 'venue'>): FeeRate {
  return { rate: market.feeRate, exponent: market.feeExponent ?? 1, ...venueFeeRounding(market.venue) };
}
