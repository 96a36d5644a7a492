import { sellOrderFor } from '../../core/backtest/marketable-fill';
import type { Market } from '../../core/model/market';
import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import type { LegPlan } from '../../core/rules/sizing';
import type { OrderRequest } from '../ports/exchange-port';

/** A fill-or-kill BUY of one entry leg, exactly as planned by the core (tick-rounded price, cents). */
export function buyRequest(leg: LegPlan, book: OrderBook, market: Market): OrderRequest {
  return {
    tokenId: leg.tokenId,
    side: 'BUY',
    orderType: 'FOK',
    limitPrice: leg.limitPrice,
    amount: leg.budget,
    tickSize: book.tickSize,
    negRisk: book.negRisk || market.negRisk,
    feeRate: market.fee,
  };
}

/**
 * A fill-or-kill SELL of `shares` (rounded down to the 2 decimals an order can carry and trimmed
 * to amounts the exchange accepts), priced at the deepest bid the walk needs, rounded down onto the
 * tick grid (core sellOrderFor). Null when nothing can be sold.
 */
export function sellRequest(book: OrderBook, shares: Micros, market: Market): OrderRequest | null {
  const order = sellOrderFor(book, shares, market.fee);
  if (!order) return null;
  return {
    tokenId: book.tokenId,
    side: 'SELL',
    orderType: 'FOK',
    limitPrice: order.limitPrice,
    amount: order.size,
    tickSize: book.tickSize,
    negRisk: book.negRisk || market.negRisk,
    feeRate: market.fee,
  };
}
