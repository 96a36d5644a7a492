import { venueContractStep } from '../model/contract-order';
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
  /**
   * The synthetic book's quoted spread as a price (0.03 = 3¢), rounded UP to whole ticks: best ask =
   * p + spread/2 rounded up to the tick, best bid = best ask − spread, so the book quotes exactly
   * this wide at every price (kept inside [tick, 1 − tick] by shifting, never by narrowing).
   */
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

/**
 * The default book model for price-only data is conservative, it must not flatter a strategy:
 * - spread 3¢: the widest spread the live bot accepts (DEFAULT_STRATEGY_PARAMS.maxSpread). A price
 *   series cannot say which markets were quoted wider (on 382 real resolved markets the median
 *   spread at entries was 40¢ and most of them would have been refused), so every modelled market
 *   is quoted at the worst spread the bot would still trade: no modelled fill is cheaper than the
 *   worst one the live bot could get. Wider than maxSpread, the spread rule would refuse every
 *   entry and the run would say nothing; the report lists the spread rule as not checked.
 * - 200 shares per level (≈ 100 USD at 50¢), 10 levels one tick apart: a thin book. A default
 *   position (10 % of 1,000 USD, 50 USD a leg) fills at the best level anywhere in the 35–65¢ band
 *   (at most ≈ 145 shares), a leg twice that size walks a second level and, near the band edges,
 *   is refused by the 2 % slippage limit, as it would be on a thin real book.
 */
export const DEFAULT_FILL_MODEL: Readonly<FillModelSettings> = Object.freeze({
  syntheticSpread: 0.03,
  syntheticDepthShares: 200,
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
  /** The spread setting (micros); each book rounds it up to its own tick. */
  spread: Micros;
  size: Micros;
  levels: number;
  ticksPerLevel: number;
}

export function syntheticShape(settings: FillModelSettings): SyntheticShape {
  return {
    spread: Math.max(0, toMicros(settings.syntheticSpread)),
    size: toMicros(settings.syntheticDepthShares),
    levels: settings.syntheticLevels,
    ticksPerLevel: Math.max(1, settings.slippageTicksPerLevel),
  };
}

/**
 * Rebuild a synthetic book in place around `price` (micros), best first on both sides: the spread
 * rounded up to whole ticks, best ask p + spread/2 rounded up to the tick, best bid = best ask −
 * spread (near 0 or 1 the pair shifts inside [tick, 1 − tick], keeping its width), then one level
 * every `ticksPerLevel` ticks.
 */
export function setSyntheticBook(book: OrderBook, price: Micros, shape: SyntheticShape, now: number): void {
  const tick = book.tickSize;
  const width = Math.ceil(shape.spread / tick) * tick;
  let ask = Math.ceil((price + width / 2) / tick) * tick;
  if (ask > 1_000_000 - tick) ask = 1_000_000 - tick;
  let bid = ask - width;
  if (bid < tick) {
    bid = tick;
    ask = Math.min(1_000_000 - tick, tick + width);
  }
  const step = shape.ticksPerLevel * tick;
  fillLevels(book.bids, bid, -step, shape.levels, shape.size, tick);
  fillLevels(book.asks, ask, step, shape.levels, shape.size, tick);
  book.lastTradePrice = price;
  book.timestamp = now;
}

/** Where the provider keeps each token's books and builds them (shared by every market's pair). */
class TokenBooks {
  readonly synthetic: OrderBook[] = [];
  private readonly builtAt: number[] = [];
  private readonly recorded: OrderBook[] = [];
  private readonly recordedFrom: (object | null)[] = [];
  /** The clock time each token's book was last read at, and that book (reads repeat within a time). */
  private readonly readAt: Float64Array;
  private readonly current: OrderBook[];
  private readonly shape: SyntheticShape;

  constructor(
    private readonly view: DatasetView,
    private readonly settings: FillModelSettings,
  ) {
    const minOrder = toMicros(settings.minOrderShares);
    this.shape = syntheticShape(settings);
    for (const m of view.markets) {
      for (const tokenId of [m.yesTokenId, m.noTokenId]) {
        const step = venueContractStep(m.venue);
        const fields = {
          market: m.id,
          tickSize: m.tickSize,
          minOrderSize: minOrder,
          ...(step === undefined ? {} : { contractStep: step }),
        };
        this.synthetic.push(emptyBook(tokenId, fields));
        this.builtAt.push(-1);
        this.recorded.push(emptyBook(tokenId, fields));
        this.recordedFrom.push(null);
      }
    }
    this.readAt = new Float64Array(this.synthetic.length).fill(Number.NaN);
    this.current = this.synthetic.slice();
  }

  /** The token's book as of the view's clock (read once per clock time, then reused). */
  book(token: number): OrderBook {
    const now = this.view.now;
    if (this.readAt[token] === now) return this.current[token] as OrderBook;
    const book = this.read(token);
    this.readAt[token] = now;
    this.current[token] = book;
    return book;
  }

  /** The recorded snapshot while fresh, else the synthetic one. */
  private read(token: number): OrderBook {
    const { view } = this;
    const snapshot = view.book(token);
    if (snapshot && view.now - snapshot.t <= this.settings.maxBookAgeMs) {
      const book = this.recorded[token] as OrderBook;
      if (this.recordedFrom[token] !== snapshot) {
        book.bids = snapshot.bids;
        book.asks = snapshot.asks;
        book.timestamp = snapshot.t;
        this.recordedFrom[token] = snapshot;
      }
      const last = view.lastPrice(token);
      book.lastTradePrice = last >= 0 ? last : null;
      return book;
    }
    // A side not yet quoted is priced as the complement of the other (binary market).
    let price = view.lastPrice(token);
    if (price < 0) price = 1_000_000 - view.lastPrice(token ^ 1);
    const book = this.synthetic[token] as OrderBook;
    if (this.builtAt[token] !== price) setSyntheticBook(book, price, this.shape, view.now);
    this.builtAt[token] = price;
    return book;
  }
}

/**
 * One market's two books, built when read (a strategy that skips a market on its end date or score
 * never pays for its books). Reads happen within one evaluation, at one clock time, so a book built
 * on first read is the book of that time.
 */
class MarketPair implements MarketBooks {
  constructor(
    private readonly tokens: TokenBooks,
    private readonly token: number,
  ) {}
  get yes(): OrderBook {
    return this.tokens.book(this.token);
  }
  get no(): OrderBook {
    return this.tokens.book(this.token + 1);
  }
}

class Sourced implements SourcedBooks {
  readonly books: MarketPair;
  constructor(
    private readonly tokens: TokenBooks,
    private readonly token: number,
  ) {
    this.books = new MarketPair(tokens, token);
  }
  get yes(): FillSource {
    return this.books.yes === this.tokens.synthetic[this.token] ? 'synthetic' : 'book';
  }
  get no(): FillSource {
    return this.books.no === this.tokens.synthetic[this.token + 1] ? 'synthetic' : 'book';
  }
}

export function createBookProvider(view: DatasetView, settings: FillModelSettings): BookProvider {
  const tokens = new TokenBooks(view, settings);
  // One SourcedBooks per market, read in place: the inner loop allocates nothing.
  const out = view.markets.map((_, m) => new Sourced(tokens, 2 * m));
  return {
    books(market) {
      if (view.lastPrice(2 * market) < 0 && view.lastPrice(2 * market + 1) < 0) return null;
      return out[market] as SourcedBooks;
    },
  };
}
