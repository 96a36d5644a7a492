import { emptyBook } from '../../model/order-book';
import type { CompiledDataset } from '../compiled-dataset';
import { type FillModelSettings, setSyntheticBook, syntheticShape } from '../fill-model';
import type { FillCounts } from '../trade-ledger';

/**
 * What a backtest could and could not check, from the dataset's contents and the fills it made:
 * whether its prices were observed (recorded books) or modelled (the synthetic book), the model's
 * spread and depth, and the entry rules the data cannot test.
 */
export type BookModel = 'recorded' | 'modelled' | 'mixed';

/** Entry rules that need data a dataset may lack. */
export type DataRule = 'spread' | 'depth' | 'liquidity' | 'volume' | 'score_threshold';

export const DATA_RULES: readonly DataRule[] = ['spread', 'depth', 'liquidity', 'volume', 'score_threshold'];

export type Coverage = 'all' | 'some' | 'none';

export interface RunAssumptions {
  bookModel: BookModel;
  /** The book model's quoted spread (the setting rounded up to whole ticks); null when unused. */
  spread: number | null;
  /** The spread setting before rounding. */
  spreadSetting: number | null;
  /** Shares per synthetic level; null when unused. */
  depth: number | null;
  /** Rules no market of the dataset can check (spread and depth: every fill was modelled). */
  notChecked: DataRule[];
  /** Rules only some markets (or some fills) can check. */
  partlyChecked: DataRule[];
}

function coverage(flags: readonly boolean[]): Coverage {
  const count = flags.filter(Boolean).length;
  if (count === 0) return 'none';
  return count === flags.length ? 'all' : 'some';
}

/** Which markets carry the data each rule needs. */
export function datasetCoverage(data: CompiledDataset): Record<DataRule, Coverage> {
  const books = coverage(
    data.markets.map((_, m) => [2 * m, 2 * m + 1].some((t) => (data.books[t]?.length ?? 0) > 0)),
  );
  return {
    spread: books,
    depth: books,
    liquidity: coverage(data.markets.map((m) => m.liquidity !== undefined)),
    volume: coverage(data.markets.map((m) => m.volume24h !== undefined)),
    score_threshold: coverage(data.scores.map((s) => (s?.length ?? 0) > 0)),
  };
}

/** The quoted spread of the synthetic book around a price on the grid of `tick` (micros). */
export function effectiveSyntheticSpread(settings: FillModelSettings, tick: number): number {
  const book = emptyBook('', { tickSize: tick });
  setSyntheticBook(book, 500_000, syntheticShape(settings), 0);
  const bid = book.bids[0]?.price ?? 0;
  const ask = book.asks[0]?.price ?? 0;
  return (ask - bid) / 1_000_000;
}

function mostCommonTick(data: CompiledDataset): number {
  const counts = new Map<number, number>();
  for (const m of data.markets) counts.set(m.tickSize, (counts.get(m.tickSize) ?? 0) + 1);
  let best = 10_000;
  let n = 0;
  for (const [tick, count] of counts)
    if (count > n || (count === n && tick < best)) [best, n] = [tick, count];
  return best;
}

export function runAssumptions(
  data: CompiledDataset,
  fills: FillCounts,
  settings: FillModelSettings,
): RunAssumptions {
  const cover = datasetCoverage(data);
  let bookModel: BookModel;
  if (fills.book + fills.synthetic > 0) {
    if (fills.synthetic === 0) bookModel = 'recorded';
    else bookModel = fills.book === 0 ? 'modelled' : 'mixed';
  } else bookModel = cover.spread === 'all' ? 'recorded' : cover.spread === 'none' ? 'modelled' : 'mixed';
  const bookCover: Coverage = bookModel === 'recorded' ? 'all' : bookModel === 'modelled' ? 'none' : 'some';
  const effective: Record<DataRule, Coverage> = { ...cover, spread: bookCover, depth: bookCover };
  const modelled = bookModel !== 'recorded';
  return {
    bookModel,
    spread: modelled ? effectiveSyntheticSpread(settings, mostCommonTick(data)) : null,
    spreadSetting: modelled ? settings.syntheticSpread : null,
    depth: modelled ? settings.syntheticDepthShares : null,
    notChecked: DATA_RULES.filter((r) => effective[r] === 'none'),
    partlyChecked: DATA_RULES.filter((r) => effective[r] === 'some'),
  };
}
