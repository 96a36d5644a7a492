import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import type { SellOrder } from '../../core/rules/sell-order';
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
 * The core's sell order (core sellOrder: shares on the 2-decimal grid trimmed to accepted amounts,
 * limit on the tick grid) as the exchange request, unchanged.
 */
export function sellRequest(order: SellOrder, book: OrderBook, market: Market): OrderRequest {
  return {
    tokenId: order.tokenId,
    side: 'SELL',
    orderType: 'FOK',
    limitPrice: order.limitPrice,
    amount: order.shares,
    tickSize: book.tickSize,
    negRisk: book.negRisk || market.negRisk,
    feeRate: market.fee,
  };
}
