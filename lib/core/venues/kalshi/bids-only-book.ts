import type { Micros } from '../../model/money';
import type { BookLevel, OrderBook } from '../../model/order-book';

/**
 * Kalshi lists bids only: YES bids and NO bids. A NO bid at q is a YES ask at (1 − q) for the same
 * size, and a YES bid at p is a NO ask at (1 − p) (docs: getting_started/orderbook_responses). This
 * turns the two bid lists into both outcomes' books, best price first, levels at one price merged.
 */
export interface KalshiBidLists {
  yesBids: readonly BookLevel[];
  noBids: readonly BookLevel[];
}

export interface KalshiSides {
  bids: BookLevel[];
  asks: BookLevel[];
}

const ONE: Micros = 1_000_000;

function merged(levels: readonly BookLevel[]): BookLevel[] {
  const byPrice = new Map<Micros, Micros>();
  for (const level of levels) {
    if (level.size <= 0) continue;
    if (level.price <= 0 || level.price >= ONE)
      throw new RangeError(`bid price out of (0, 1): ${level.price}`);
    byPrice.set(level.price, (byPrice.get(level.price) ?? 0) + level.size);
  }
  return [...byPrice].map(([price, size]) => ({ price, size }));
}

const descending = (a: BookLevel, b: BookLevel) => b.price - a.price;
const ascending = (a: BookLevel, b: BookLevel) => a.price - b.price;
const complement = (level: BookLevel): BookLevel => ({ price: ONE - level.price, size: level.size });

/** One outcome's bids (its own bid list) and asks (the other outcome's bids at 1 − price). */
export function kalshiSides(lists: KalshiBidLists, outcome: 'yes' | 'no'): KalshiSides {
  const own = merged(outcome === 'yes' ? lists.yesBids : lists.noBids);
  const other = merged(outcome === 'yes' ? lists.noBids : lists.yesBids);
  return { bids: own.sort(descending), asks: other.map(complement).sort(ascending) };
}

/** True when the best YES bid and best NO bid add to $1 or more (a locked or crossed book). */
export function isKalshiBookCrossed(lists: KalshiBidLists): boolean {
  const yes = kalshiSides(lists, 'yes');
  const bid = yes.bids[0];
  const ask = yes.asks[0];
  return bid !== undefined && ask !== undefined && bid.price >= ask.price;
}

export interface KalshiBookContext {
  ticker: string;
  tickSize: Micros;
  /** 1 contract, or 0.01 on markets with fractional contracts. */
  minOrderSize: Micros;
  lastTradePrice: Micros | null;
  /** epoch ms */
  timestamp: number;
}

/** The token id the domain uses for one outcome of a Kalshi market. */
export function kalshiTokenId(ticker: string, outcome: 'yes' | 'no'): string {
  return `${ticker}:${outcome}`;
}

/** The core's OrderBook for one outcome of a Kalshi market. */
export function kalshiOrderBook(
  lists: KalshiBidLists,
  outcome: 'yes' | 'no',
  context: KalshiBookContext,
): OrderBook {
  const { bids, asks } = kalshiSides(lists, outcome);
  const last = context.lastTradePrice;
  return {
    tokenId: kalshiTokenId(context.ticker, outcome),
    market: context.ticker,
    bids,
    asks,
    tickSize: context.tickSize,
    minOrderSize: context.minOrderSize,
    // Orders count contracts in steps of the minimum: one contract, or 0.01 on fractional markets.
    contractStep: context.minOrderSize,
    negRisk: false,
    lastTradePrice: last === null || outcome === 'yes' ? last : ONE - last,
    timestamp: context.timestamp,
    hash: '',
  };
}
