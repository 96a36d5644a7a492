import type { Market } from '../../core/model/market';
import { type Micros, roundToStep } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import { exitQuote } from '../../core/model/prices';
import { roundPriceToTick } from '../../core/model/tick';
import type { LegPlan } from '../../core/strategy/sizing';
import type { OrderRequest } from '../exchange-port';

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
    feeRate: market.fee.rate,
  };
}

/**
 * A fill-or-kill SELL of `shares` (rounded down to the 2 decimals an order can carry), priced at the
 * deepest bid the walk needs, rounded down onto the tick grid. Null when less than 0.01 share.
 */
export function sellRequest(book: OrderBook, shares: Micros, market: Market): OrderRequest | null {
  const size = roundToStep(shares, 10_000, 'down');
  if (size <= 0) return null;
  const quote = exitQuote(book, size, market.fee.rate);
  const worst = quote.walk.worstPrice ?? book.tickSize;
  return {
    tokenId: book.tokenId,
    side: 'SELL',
    orderType: 'FOK',
    limitPrice: roundPriceToTick(worst, book.tickSize, 'down'),
    amount: size,
    tickSize: book.tickSize,
    negRisk: book.negRisk || market.negRisk,
    feeRate: market.fee.rate,
  };
}
