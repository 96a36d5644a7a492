import { type Micros, mulMicros, scaleMicros } from './money';
import type { OrderBook } from './order-book';

/** Best bid (highest), null when no one bids. Books are best first. */
export function bestBid(book: OrderBook): Micros | null {
  return book.bids[0]?.price ?? null;
}

/** Best ask (lowest), null when no one offers. */
export function bestAsk(book: OrderBook): Micros | null {
  return book.asks[0]?.price ?? null;
}

/** (best bid + best ask) / 2, null unless both sides quote. */
export function midpoint(book: OrderBook): Micros | null {
  const bid = bestBid(book);
  const ask = bestAsk(book);
  return bid === null || ask === null ? null : Math.round((bid + ask) / 2);
}

/** Best ask − best bid, null unless both sides quote. */
export function spread(book: OrderBook): Micros | null {
  const bid = bestBid(book);
  const ask = bestAsk(book);
  return bid === null || ask === null ? null : ask - bid;
}

/**
 * Resting collateral (Σ size × price) within `fraction` of the midpoint on both sides of one book:
 * bids priced ≥ mid × (1 − fraction) and asks priced ≤ mid × (1 + fraction). 0 without a midpoint.
 */
export function depthNearMid(book: OrderBook, fraction: number): Micros {
  const mid = midpoint(book);
  if (mid === null) return 0;
  const low = scaleMicros(mid, 1 - fraction, 'up');
  const high = scaleMicros(mid, 1 + fraction, 'down');
  let depth = 0;
  for (const level of book.bids) if (level.price >= low) depth += mulMicros(level.size, level.price, 'down');
  for (const level of book.asks) if (level.price <= high) depth += mulMicros(level.size, level.price, 'down');
  return depth;
}
