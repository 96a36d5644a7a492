import { midpoint, spread } from './book-stats';
import { type BookWalk, walkBidsForShares } from './book-walk';
import { type FeeRate, takerFeeForFills } from './fees';
import type { Micros } from './money';
import type { OrderBook } from './order-book';

/** Above this spread polymarket.com shows the last trade price instead of the midpoint. */
export const MARK_SPREAD_LIMIT: Micros = 100_000;

/**
 * Mark price of one side (signals use it): the book midpoint; when the spread is wider than 0.10 or
 * one side of the book is empty, the last trade price; null when neither is known.
 */
export function markPrice(book: OrderBook): Micros | null {
  const mid = midpoint(book);
  const width = spread(book);
  if (mid !== null && width !== null && width <= MARK_SPREAD_LIMIT) return mid;
  return book.lastTradePrice;
}

/** What selling `shares` into the bids would fetch now, before and after the taker fee. */
export interface ExitQuote {
  walk: BookWalk;
  /** Volume-weighted sell price, null when there are no bids. */
  exitPrice: Micros | null;
  proceeds: Micros;
  fee: Micros;
  /** proceeds − fee: the collateral that would come back. Unsellable shares count for nothing. */
  netProceeds: Micros;
  /** True when the bids absorb every share. */
  filled: boolean;
}

export function exitQuote(book: OrderBook, shares: Micros, feeRate: FeeRate): ExitQuote {
  const walk = walkBidsForShares(book.bids, shares);
  const fee = takerFeeForFills(walk.fills, feeRate);
  return {
    walk,
    exitPrice: walk.vwap,
    proceeds: walk.notional,
    fee,
    netProceeds: walk.notional - fee,
    filled: walk.filled,
  };
}
