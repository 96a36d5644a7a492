import type { OutcomeSide } from '../../model/outcome-side';
import type { CompiledDataset } from '../compiled-dataset';
import type { BookSnapshot } from '../dataset';
import type { BacktestTrade } from '../trade-ledger';

/** Where a trade's fills came from: all from recorded books, or at least one from the book model. */
export type TradeFills = 'book' | 'modelled';

/**
 * Derived from the dataset with the fill model's own rule (a recorded snapshot is used while it is
 * at most `maxBookAgeMs` old, else the synthetic book): the entry legs at entryTime, the liquidated
 * side at liquidatedAt, and what is left at exitTime unless the trade ended at resolution (a payout,
 * not a fill).
 */
function recordedAt(snapshots: readonly BookSnapshot[] | null, t: number, maxAgeMs: number): boolean {
  if (!snapshots || snapshots.length === 0) return false;
  let lo = 0;
  let hi = snapshots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((snapshots[mid] as BookSnapshot).t <= t) lo = mid + 1;
    else hi = mid;
  }
  const latest = snapshots[lo - 1];
  return latest !== undefined && t - latest.t <= maxAgeMs;
}

type FillTrade = Pick<
  BacktestTrade,
  'marketIndex' | 'sides' | 'entryTime' | 'exitTime' | 'exitReason' | 'liquidatedSide' | 'liquidatedAt'
>;

export function tradeFills(data: CompiledDataset, trade: FillTrade, maxBookAgeMs: number): TradeFills {
  const fromBook = (side: OutcomeSide, t: number): boolean =>
    recordedAt(data.books[2 * trade.marketIndex + (side === 'yes' ? 0 : 1)] ?? null, t, maxBookAgeMs);
  const fills: [OutcomeSide, number][] = trade.sides.map((side) => [side, trade.entryTime]);
  if (trade.liquidatedSide !== null && trade.liquidatedAt !== null) {
    fills.push([trade.liquidatedSide, trade.liquidatedAt]);
  }
  if (trade.exitReason !== 'resolution') {
    for (const side of trade.sides) if (side !== trade.liquidatedSide) fills.push([side, trade.exitTime]);
  }
  return fills.every(([side, t]) => fromBook(side, t)) ? 'book' : 'modelled';
}
