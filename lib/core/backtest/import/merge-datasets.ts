import type { BacktestMarket, Dataset } from '../dataset';

function unionByTime<T extends { t: number }>(a: readonly T[] | undefined, b: readonly T[]): T[] {
  const byT = new Map<number, T>();
  for (const item of a ?? []) byT.set(item.t, item);
  for (const item of b) byT.set(item.t, item);
  return [...byT.values()].sort((x, y) => x.t - y.t);
}

function mergeRecord<T extends { t: number }>(
  into: Record<string, T[]>,
  from: Record<string, T[]> | undefined,
): void {
  for (const [key, list] of Object.entries(from ?? {})) into[key] = unionByTime(into[key], list);
}

/**
 * Datasets from several sources as one: a market is kept from the first source that has it (a later
 * one only adds a resolution it lacked); price series, books and scores are the union by time, a
 * later source winning at the same instant. Every series stays ascending.
 */
export function mergeDatasets(parts: readonly Dataset[]): Dataset {
  const markets = new Map<string, BacktestMarket>();
  const prices: Record<string, Dataset['prices'][string]> = {};
  const books: NonNullable<Dataset['books']> = {};
  const scores: NonNullable<Dataset['scores']> = {};
  for (const part of parts) {
    for (const m of part.markets) {
      const known = markets.get(m.id);
      if (!known) markets.set(m.id, m);
      else if (known.resolution === null && m.resolution !== null)
        markets.set(m.id, { ...known, resolution: m.resolution });
    }
    mergeRecord(prices, part.prices);
    mergeRecord(books, part.books);
    mergeRecord(scores, part.scores);
  }
  const out: Dataset = { markets: [...markets.values()], prices };
  if (Object.keys(books).length > 0) out.books = books;
  if (Object.keys(scores).length > 0) out.scores = scores;
  return out;
}
