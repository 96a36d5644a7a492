import { z } from 'zod';
import type { BookLevel, OrderBook } from '../../../core/model/order-book';
import { optionalWirePrice, tokenId, wireAmount, wireInteger, wirePrice } from './wire-primitives';

export const wireLevelSchema = z.object({ price: wirePrice, size: wireAmount });

/** Bids best (highest) first. The wire sends them best LAST; we sort rather than trust the order. */
export function bestFirstBids(levels: BookLevel[]): BookLevel[] {
  return [...levels].sort((a, b) => b.price - a.price);
}

/** Asks best (lowest) first. */
export function bestFirstAsks(levels: BookLevel[]): BookLevel[] {
  return [...levels].sort((a, b) => a.price - b.price);
}

/** CLOB OrderBookSummary (`GET /book`, `POST /books`) → domain OrderBook, best price first. */
export const clobBookSchema = z
  .object({
    market: z.string(),
    asset_id: tokenId,
    timestamp: wireInteger,
    hash: z.string().optional().default(''),
    bids: z.array(wireLevelSchema),
    asks: z.array(wireLevelSchema),
    min_order_size: wireAmount,
    tick_size: wirePrice.pipe(z.number().positive()),
    neg_risk: z.boolean().optional().default(false),
    last_trade_price: optionalWirePrice,
  })
  .transform(
    (b): OrderBook => ({
      tokenId: b.asset_id,
      market: b.market,
      bids: bestFirstBids(b.bids),
      asks: bestFirstAsks(b.asks),
      tickSize: b.tick_size,
      minOrderSize: b.min_order_size,
      negRisk: b.neg_risk,
      lastTradePrice: b.last_trade_price,
      timestamp: b.timestamp,
      hash: b.hash,
    }),
  );

export const clobBooksSchema = z.array(clobBookSchema);
