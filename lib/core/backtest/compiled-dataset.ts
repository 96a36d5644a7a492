import type { BacktestMarket, BookSnapshot, Dataset, PricePoint, Resolution, ScorePoint } from './dataset';

/** What a strategy may know about a market at any time: the dataset market minus its resolution. */
export type MarketInfo = Readonly<Omit<BacktestMarket, 'resolution'>> & { readonly index: number };

/**
 * A dataset merged once into one chronological stream of price events (columnar, so replays and the
 * optimiser's many runs allocate nothing per point). Token index = market index × 2 + side (0 YES,
 * 1 NO). Order is deterministic: by time, then token index. Only the sanitising view reads it.
 */
export interface CompiledDataset {
  readonly markets: readonly MarketInfo[];
  /** Kept apart from the market info; the view reveals each one at its resolvedAt. */
  readonly resolutions: readonly (Resolution | null)[];
  readonly time: Float64Array;
  readonly token: Int32Array;
  readonly price: Int32Array;
  /** Snapshots per token index (null when none). */
  readonly books: readonly (readonly BookSnapshot[] | null)[];
  /** Scores per market index (null when none). */
  readonly scores: readonly (readonly ScorePoint[] | null)[];
  readonly start: number;
  readonly end: number;
}

/** A market's info; a market without its own venue takes the dataset's (Kalshi datasets say it once). */
function toInfo(market: BacktestMarket, index: number, venue: Dataset['venue']): MarketInfo {
  const { resolution: _hidden, ...info } = market;
  const recorded = info.venue ?? venue;
  return { ...info, ...(recorded ? { venue: recorded } : {}), index };
}

/**
 * Merge the sorted series into one stream ordered by (time, token index) in O(n + u log u): sort the
 * distinct timestamps, then a counting sort by timestamp bucket; series are placed in token order so
 * ties keep ascending token index.
 */
function mergeSeries(series: readonly (readonly PricePoint[])[], total: number) {
  // Distinct timestamps first (series usually share a grid, so there are few), then sort only those.
  const distinct = new Set<number>();
  for (const points of series) for (const point of points) distinct.add(point.t);
  const times = Float64Array.from(distinct).sort();
  const unique = times.length;
  const bucketOf = (t: number): number => {
    let lo = 0;
    let hi = unique;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] as number) < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const next = new Int32Array(unique + 1);
  const buckets = new Int32Array(total);
  let n = 0;
  for (const points of series) {
    let b = points.length > 0 ? bucketOf((points[0] as PricePoint).t) : 0;
    for (const point of points) {
      while ((times[b] as number) < point.t) b++;
      buckets[n++] = b;
      next[b + 1] = (next[b + 1] as number) + 1;
    }
  }
  for (let b = 1; b <= unique; b++) next[b] = (next[b] as number) + (next[b - 1] as number);
  const time = new Float64Array(total);
  const token = new Int32Array(total);
  const price = new Int32Array(total);
  n = 0;
  for (let s = 0; s < series.length; s++) {
    for (const point of series[s] as readonly PricePoint[]) {
      const b = buckets[n++] as number;
      const at = next[b] as number;
      next[b] = at + 1;
      time[at] = point.t;
      token[at] = s;
      price[at] = point.p;
    }
  }
  return { time, token, price };
}

/** Merge a (validated) dataset into the columnar stream the engine replays. */
export function compileDataset(dataset: Dataset): CompiledDataset {
  const series: (readonly PricePoint[])[] = [];
  const books: (readonly BookSnapshot[] | null)[] = [];
  let total = 0;
  for (const market of dataset.markets) {
    for (const tokenId of [market.yesTokenId, market.noTokenId]) {
      const points = dataset.prices[tokenId] ?? [];
      series.push(points);
      total += points.length;
      books.push(dataset.books?.[tokenId] ?? null);
    }
  }
  const merged = mergeSeries(series, total);
  const resolutions = dataset.markets.map((m) => m.resolution);
  let start = total > 0 ? (merged.time[0] as number) : Infinity;
  let end = total > 0 ? (merged.time[total - 1] as number) : -Infinity;
  for (const r of resolutions) {
    if (r === null) continue;
    start = Math.min(start, r.resolvedAt);
    end = Math.max(end, r.resolvedAt);
  }
  return {
    markets: dataset.markets.map((m, i) => toInfo(m, i, dataset.venue)),
    resolutions,
    ...merged,
    books,
    scores: dataset.markets.map((m) => dataset.scores?.[m.id] ?? null),
    start: Number.isFinite(start) ? start : 0,
    end: Number.isFinite(end) ? end : 0,
  };
}
