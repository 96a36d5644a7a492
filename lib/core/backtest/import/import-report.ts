import type { Dataset } from '../dataset';
import type { DatasetIssue } from '../file/dataset-issues';

/** What one imported file (or one fetched market) added to the dataset. */
export interface SourceReport {
  name: string;
  /** What the source was read as. */
  kind:
    | 'dataset'
    | 'markets'
    | 'books'
    | 'scores'
    | 'trades'
    | 'series'
    | 'polymarket'
    | 'kalshi'
    | 'recorded'
    | 'unknown';
  markets: number;
  resolutions: number;
  points: number;
  books: number;
  scores: number;
  /** Rows of a trade tape turned into price points (sizes are counted, never turned into books). */
  trades: number;
  /** Bad rows (with their line) and other problems; a source with issues may still contribute. */
  issues: DatasetIssue[];
}

/** What the combined dataset lacks, and what that means for a run (the views word the codes). */
export type MissingNote =
  | { note: 'no_books' }
  | { note: 'some_books'; without: number }
  | { note: 'no_scores' }
  | { note: 'no_liquidity' }
  | { note: 'no_resolution'; market: string }
  | { note: 'no_prices'; market: string; side: 'yes' | 'no' };

export function emptyReport(name: string, kind: SourceReport['kind']): SourceReport {
  return { name, kind, markets: 0, resolutions: 0, points: 0, books: 0, scores: 0, trades: 0, issues: [] };
}

const count = (record: Record<string, readonly unknown[]> | undefined) =>
  Object.values(record ?? {}).reduce((n, list) => n + list.length, 0);

/** A source's counts, from the part of the dataset it produced. */
export function contribution(report: SourceReport, part: Dataset, trades = 0): SourceReport {
  return {
    ...report,
    markets: part.markets.length,
    resolutions: part.markets.filter((m) => m.resolution !== null).length,
    points: count(part.prices),
    books: count(part.books),
    scores: count(part.scores),
    trades,
  };
}

const label = (m: { id: string; question: string }) => (m.question.trim() === '' ? m.id : m.question);

/** What a run on this dataset cannot observe: books, scores, liquidity, resolutions, a side's prices. */
export function missingNotes(dataset: Dataset): MissingNote[] {
  const notes: MissingNote[] = [];
  const booked = (tokenId: string) => (dataset.books?.[tokenId]?.length ?? 0) > 0;
  const withoutBooks = dataset.markets.filter((m) => !booked(m.yesTokenId) && !booked(m.noTokenId)).length;
  if (withoutBooks === dataset.markets.length) notes.push({ note: 'no_books' });
  else if (withoutBooks > 0) notes.push({ note: 'some_books', without: withoutBooks });
  if (count(dataset.scores) === 0) notes.push({ note: 'no_scores' });
  if (!dataset.markets.some((m) => m.liquidity !== undefined || m.volume24h !== undefined))
    notes.push({ note: 'no_liquidity' });
  for (const m of dataset.markets) {
    if (m.resolution === null) notes.push({ note: 'no_resolution', market: label(m) });
    if ((dataset.prices[m.yesTokenId]?.length ?? 0) === 0)
      notes.push({ note: 'no_prices', market: label(m), side: 'yes' });
    if ((dataset.prices[m.noTokenId]?.length ?? 0) === 0)
      notes.push({ note: 'no_prices', market: label(m), side: 'no' });
  }
  return notes;
}
