import { type Micros, toMicros } from '../model/money';
import { type BookLevel, emptyBook, type OrderBook } from '../model/order-book';
import type { MarketBooks } from '../rules/eligibility';
import type { DatasetView } from './sanitised-view';

/**
 * Where a fill's prices come from, shared in spirit with the paper exchange: walk the recorded book
 * when one exists at that time, otherwise a synthetic book built around the price with a spread and
 * depth that makes deeper fills pay more (slippage). The report counts fills per source.
 */
export type FillSource = 'book' | 'synthetic';

export interface FillModelSettings {
  /** Full synthetic spread as a price (0.01 = 1¢): best bid ≈ p − spread/2, best ask ≈ p + spread/2. */
  syntheticSpread: number;
  /** Shares resting at each synthetic level. */
  syntheticDepthShares: number;
  syntheticLevels: number;
  /** Price step between synthetic levels, in ticks: how fast a large order slips. */
  slippageTicksPerLevel: number;
  /** A recorded snapshot is used while it is at most this old, otherwise the synthetic book. */
  maxBookAgeMs: number;
  /** Minimum order size, in shares, every book reports. */
  minOrderShares: number;
}

export const DEFAULT_FILL_MODEL: Readonly<FillModelSettings> = Object.freeze({
  syntheticSpread: 0.01,
  syntheticDepthShares: 500,
  syntheticLevels: 10,
  slippageTicksPerLevel: 1,
  maxBookAgeMs: 3_600_000,
  minOrderShares: 5,
});

export interface SourcedBooks {
  books: MarketBooks;
  yes: FillSource;
  no: FillSource;
}

export interface BookProvider {
  /** Books of a market as of the view's clock; null while neither side has a price. */
  books(market: number): SourcedBooks | null;
}

function fillLevels(
  levels: BookLevel[],
  best: Micros,
  step: Micros,
  count: number,
  size: Micros,
  tick: Micros,
): void {
  let n = 0;
  for (let i = 0; i < count; i++) {
    const price = best + i * step;
    if (price < tick || price > 1_000_000 - tick) break;
    const level = levels[n];
    if (level) {
      level.price = price;
      level.size = size;
    } else levels.push({ price, size });
    n++;
  }
  if (levels.length !== n) levels.length = n;
}

/** The synthetic book's shape in micros, computed once per run (the inner loop converts nothing). */
export interface SyntheticShape {
  halfSpread: Micros;
  size: Micros;
  levels: number;
  ticksPerLevel: number;
}

export function syntheticShape(settings: FillModelSettings): SyntheticShape {
  return {
    halfSpread: Math.round(toMicros(settings.syntheticSpread) / 2),
    size: toMicros(settings.syntheticDepthShares),
    levels: settings.syntheticLevels,
    ticksPerLevel: Math.max(1, settings.slippageTicksPerLevel),
  };
}

/**
 * Rebuild a synthetic book in place around `price` (micros), best first on both sides: best bid
 * p − spread/2 rounded down to the tick, best ask p + spread/2 rounded up, then one level every
 * `ticksPerLevel` ticks, all inside [tick, 1 − tick].
 */
export function setSyntheticBook(book: OrderBook, price: Micros, shape: SyntheticShape, now: number): void {
  const tick = book.tickSize;
  const bid = Math.max(tick, Math.floor((price - shape.halfSpread) / tick) * tick);
  const ask = Math.min(1_000_000 - tick, Math.ceil((price + shape.halfSpread) / tick) * tick);
  const step = shape.ticksPerLevel * tick;
  fillLevels(book.bids, bid, -step, shape.levels, shape.size, tick);
  fillLevels(book.asks, ask, step, shape.levels, shape.size, tick);
  book.lastTradePrice = price;
  book.timestamp = now;
}

export function createBookProvider(view: DatasetView, settings: FillModelSettings): BookProvider {
  const minOrder = toMicros(settings.minOrderShares);
  const shape = syntheticShape(settings);
  const synthetic: OrderBook[] = [];
  const builtAt: number[] = [];
  const recorded: OrderBook[] = [];
  const recordedFrom: (object | null)[] = [];
  for (const m of view.markets) {
    for (const tokenId of [m.yesTokenId, m.noTokenId]) {
      synthetic.push(emptyBook(tokenId, { market: m.id, tickSize: m.tickSize, minOrderSize: minOrder }));
      builtAt.push(-1);
      recorded.push(emptyBook(tokenId, { market: m.id, tickSize: m.tickSize, minOrderSize: minOrder }));
      recordedFrom.push(null);
    }
  }
  // One SourcedBooks per market, refreshed in place: the inner loop allocates nothing.
  const out: SourcedBooks[] = view.markets.map((_, m) => ({
    books: { yes: synthetic[2 * m] as OrderBook, no: synthetic[2 * m + 1] as OrderBook },
    yes: 'synthetic',
    no: 'synthetic',
  }));
  const side = (token: number, price: number): OrderBook => {
    const snapshot = view.book(token);
    if (snapshot && view.now - snapshot.t <= settings.maxBookAgeMs) {
      const book = recorded[token] as OrderBook;
      if (recordedFrom[token] !== snapshot) {
        book.bids = snapshot.bids;
        book.asks = snapshot.asks;
        book.timestamp = snapshot.t;
        recordedFrom[token] = snapshot;
      }
      const last = view.lastPrice(token);
      book.lastTradePrice = last >= 0 ? last : null;
      return book;
    }
    const book = synthetic[token] as OrderBook;
    if (builtAt[token] !== price) setSyntheticBook(book, price, shape, view.now);
    builtAt[token] = price;
    return book;
  };
  return {
    books(market) {
      let yes = view.lastPrice(2 * market);
      let no = view.lastPrice(2 * market + 1);
      if (yes < 0 && no < 0) return null;
      // A side not yet quoted is priced as the complement of the other (binary market).
      if (yes < 0) yes = 1_000_000 - no;
      if (no < 0) no = 1_000_000 - yes;
      const sourced = out[market] as SourcedBooks;
      sourced.books.yes = side(2 * market, yes);
      sourced.books.no = side(2 * market + 1, no);
      sourced.yes = sourced.books.yes === synthetic[2 * market] ? 'synthetic' : 'book';
      sourced.no = sourced.books.no === synthetic[2 * market + 1] ? 'synthetic' : 'book';
      return sourced;
    },
  };
}
