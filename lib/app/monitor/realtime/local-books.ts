import type { Micros } from '../../../core/model/money';
import type { BookLevel, OrderBook } from '../../../core/model/order-book';
import { setLevel } from './set-level';

/** What only a REST book carries (the socket's `book` event has no tick size or minimum size). */
type BookMeta = Pick<OrderBook, 'market' | 'tickSize' | 'minOrderSize' | 'negRisk'>;

interface Entry {
  bids: BookLevel[];
  asks: BookLevel[];
  lastTradePrice: Micros | null;
  timestamp: number;
  hash: string;
  meta: BookMeta | null;
}

/** A full snapshot of one token's levels, best first (a socket `book` event or a REST book). */
export interface LevelSnapshot {
  tokenId: string;
  bids: BookLevel[];
  asks: BookLevel[];
  timestamp: number;
  hash: string;
}

/**
 * The market-channel books the realtime monitor keeps: snapshots replace a token's levels, deltas
 * set one level's aggregate size (0 removes it), and a REST book also brings the tick size and
 * minimum order size. `book()` answers only once both levels and those facts are known.
 */
export class LocalBooks {
  readonly #entries = new Map<string, Entry>();

  /** A socket `book` snapshot: the levels are replaced, the REST facts kept. */
  applySnapshot(snapshot: LevelSnapshot): void {
    const previous = this.#entries.get(snapshot.tokenId);
    this.#entries.set(snapshot.tokenId, {
      bids: [...snapshot.bids],
      asks: [...snapshot.asks],
      lastTradePrice: previous?.lastTradePrice ?? null,
      timestamp: snapshot.timestamp,
      hash: snapshot.hash,
      meta: previous?.meta ?? null,
    });
  }

  /** A REST book: the truth at the time it was read (levels and facts). */
  adoptRest(book: OrderBook): void {
    this.#entries.set(book.tokenId, {
      bids: [...book.bids],
      asks: [...book.asks],
      lastTradePrice: book.lastTradePrice,
      timestamp: book.timestamp,
      hash: book.hash,
      meta: {
        market: book.market,
        tickSize: book.tickSize,
        minOrderSize: book.minOrderSize,
        negRisk: book.negRisk,
      },
    });
  }

  /** One `price_change` entry. False when the token has no snapshot yet (the delta is dropped). */
  applyChange(
    tokenId: string,
    side: 'BUY' | 'SELL',
    price: Micros,
    size: Micros,
    timestamp: number,
  ): boolean {
    const entry = this.#entries.get(tokenId);
    if (!entry) return false;
    if (side === 'BUY') entry.bids = setLevel(entry.bids, 'bids', price, size);
    else entry.asks = setLevel(entry.asks, 'asks', price, size);
    entry.timestamp = Math.max(entry.timestamp, timestamp);
    return true;
  }

  setLastTrade(tokenId: string, price: Micros): void {
    const entry = this.#entries.get(tokenId);
    if (entry) entry.lastTradePrice = price;
  }

  setTickSize(tokenId: string, tickSize: Micros): void {
    const meta = this.#entries.get(tokenId)?.meta;
    if (meta) meta.tickSize = tickSize;
  }

  /** The domain book (best first), or undefined until levels and REST facts are both known. */
  book(tokenId: string): OrderBook | undefined {
    const entry = this.#entries.get(tokenId);
    if (!entry?.meta) return undefined;
    return {
      tokenId,
      ...entry.meta,
      bids: [...entry.bids],
      asks: [...entry.asks],
      lastTradePrice: entry.lastTradePrice,
      timestamp: entry.timestamp,
      hash: entry.hash,
    };
  }

  /** Levels only (for comparing with a REST snapshot), whatever the facts. */
  levels(tokenId: string): { bids: BookLevel[]; asks: BookLevel[] } | undefined {
    const entry = this.#entries.get(tokenId);
    return entry ? { bids: entry.bids, asks: entry.asks } : undefined;
  }

  has(tokenId: string): boolean {
    return this.#entries.has(tokenId);
  }

  drop(tokenId: string): void {
    this.#entries.delete(tokenId);
  }

  clear(): void {
    this.#entries.clear();
  }
}
