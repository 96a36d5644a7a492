import type { CompiledDataset, MarketInfo } from './compiled-dataset';
import type { BookSnapshot, Resolution } from './dataset';

/**
 * The only way the engine reads a dataset (style.md §12, NautilusTrader's sanitisation): a clock that
 * moves forward one timestamp at a time. Every read answers "as of now": the latest price, book and
 * score at or before now, and a market's resolution (outcome, closed flag) only once resolvedAt ≤ now.
 * Nothing after now is reachable through it.
 */
export interface DatasetView {
  readonly markets: readonly MarketInfo[];
  /** The clock: the time of the current group of events. */
  readonly now: number;
  /** Moves the clock to the next timestamp; false when the data is exhausted. */
  advance(): boolean;
  /** Markets with a price update or a resolution at `now`, ascending (first `touchedCount` entries). */
  readonly touched: Int32Array;
  readonly touchedCount: number;
  /** Price points consumed so far (for throughput figures). */
  readonly pointsSeen: number;
  /** Latest price of a token (micros) at or before now, −1 when none yet. */
  lastPrice(token: number): number;
  /** First price of a token seen in this view, −1 when none yet. */
  firstPrice(token: number): number;
  /** The resolution, only once it is public. */
  resolution(market: number): Resolution | null;
  /** Latest recorded book of a token at or before now. */
  book(token: number): BookSnapshot | null;
  /** Latest recorded score of a market at or before now. */
  score(market: number): number | null;
  /** Whether the dataset records scores for any market. */
  readonly hasScores: boolean;
}

/** Index of the first event at or after `t` (events are sorted by time). */
function lowerBound(time: Float64Array, t: number): number {
  let lo = 0;
  let hi = time.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((time[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class SanitisedView implements DatasetView {
  readonly markets: readonly MarketInfo[];
  readonly touched: Int32Array;
  touchedCount = 0;
  pointsSeen = 0;
  now = -Infinity;
  private cursor: number;
  private readonly firstCursor: number;
  private readonly stop: number;
  private readonly last: Int32Array;
  private readonly first: Int32Array;
  private readonly isTouched: Uint8Array;
  private readonly resolving: number[];
  private resolvingCursor = 0;
  private readonly bookCursor: Int32Array;
  private readonly scoreCursor: Int32Array;
  readonly hasScores: boolean;

  constructor(
    private readonly data: CompiledDataset,
    from: number,
    to: number,
  ) {
    this.markets = data.markets;
    const n = data.markets.length;
    this.touched = new Int32Array(n);
    this.isTouched = new Uint8Array(n);
    this.last = new Int32Array(2 * n).fill(-1);
    this.first = new Int32Array(2 * n).fill(-1);
    this.bookCursor = new Int32Array(2 * n).fill(-1);
    this.scoreCursor = new Int32Array(n).fill(-1);
    this.hasScores = data.scores.some((s) => s !== null && s.length > 0);
    this.cursor = lowerBound(data.time, from);
    this.firstCursor = this.cursor;
    this.stop = lowerBound(data.time, to);
    const inWindow = (m: number) => {
      const r = data.resolutions[m];
      return r !== null && r !== undefined && r.resolvedAt >= from && r.resolvedAt < to;
    };
    const at = (m: number) => (data.resolutions[m] as Resolution).resolvedAt;
    this.resolving = [...data.markets.keys()].filter(inWindow).sort((a, b) => at(a) - at(b) || a - b);
  }

  private touch(market: number): void {
    if (this.isTouched[market] === 1) return;
    this.isTouched[market] = 1;
    this.touched[this.touchedCount++] = market;
  }

  advance(): boolean {
    for (let i = 0; i < this.touchedCount; i++) this.isTouched[this.touched[i] as number] = 0;
    this.touchedCount = 0;
    const { time, token, price, resolutions } = this.data;
    const nextPrice = this.cursor < this.stop ? (time[this.cursor] as number) : Infinity;
    const nextMarket = this.resolving[this.resolvingCursor];
    const nextResolution =
      nextMarket === undefined ? Infinity : (resolutions[nextMarket] as Resolution).resolvedAt;
    const now = Math.min(nextPrice, nextResolution);
    if (now === Infinity) return false;
    this.now = now;
    while (this.cursor < this.stop && time[this.cursor] === now) {
      const tok = token[this.cursor] as number;
      const p = price[this.cursor] as number;
      this.last[tok] = p;
      if (this.first[tok] === -1) this.first[tok] = p;
      this.touch(tok >> 1);
      this.cursor++;
    }
    this.pointsSeen = this.cursor - this.firstCursor;
    let resolved = false;
    for (;;) {
      const m = this.resolving[this.resolvingCursor];
      if (m === undefined || (resolutions[m] as Resolution).resolvedAt !== now) break;
      this.touch(m);
      this.resolvingCursor++;
      resolved = true;
    }
    if (resolved) this.touched.subarray(0, this.touchedCount).sort();
    return true;
  }

  lastPrice(token: number): number {
    return this.last[token] as number;
  }

  firstPrice(token: number): number {
    return this.first[token] as number;
  }

  resolution(market: number): Resolution | null {
    const r = this.data.resolutions[market] ?? null;
    return r !== null && r.resolvedAt <= this.now ? r : null;
  }

  book(token: number): BookSnapshot | null {
    const snapshots = this.data.books[token];
    if (!snapshots) return null;
    let i = this.bookCursor[token] as number;
    while (i + 1 < snapshots.length && (snapshots[i + 1] as BookSnapshot).t <= this.now) i++;
    this.bookCursor[token] = i;
    return i >= 0 ? (snapshots[i] as BookSnapshot) : null;
  }

  score(market: number): number | null {
    const points = this.data.scores[market];
    if (!points) return null;
    let i = this.scoreCursor[market] as number;
    while (i + 1 < points.length && (points[i + 1] as { t: number }).t <= this.now) i++;
    this.scoreCursor[market] = i;
    return i >= 0 ? (points[i] as { score: number }).score : null;
  }
}

/** A fresh view over [from, to) of the compiled dataset (the whole of it by default). */
export function createDatasetView(data: CompiledDataset, from = -Infinity, to = Infinity): DatasetView {
  return new SanitisedView(data, from, to);
}
