import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { entryPrice, type Position } from '../model/position';

export interface Marks {
  yes: Micros | null;
  no: Micros | null;
}

export interface DivergenceSignal {
  side: OutcomeSide;
  /** (entry − mark) / entry of the losing side. */
  drop: number;
  entryPrice: Micros;
  markPrice: Micros;
}

/** Relative drop of a side's mark below its entry price (negative when it rose). */
export function priceDrop(entry: Micros, mark: Micros): number {
  return entry === 0 ? 0 : (entry - mark) / entry;
}

/**
 * strategy.md Monitor 1: the side whose mark dropped most, when that drop reaches the threshold;
 * null otherwise, for a position that is not active, or for a side without a mark. Compared in exact
 * integers: drop ≥ threshold ⇔ entry − mark ≥ ⌈threshold × entry⌉. A tie goes to YES.
 */
export function checkDivergence(
  position: Position,
  marks: Marks,
  threshold: number,
): DivergenceSignal | null {
  if (position.status !== 'active') return null;
  let worst: DivergenceSignal | null = null;
  for (const side of ['yes', 'no'] as const) {
    const mark = marks[side];
    const entry = entryPrice(position, side);
    if (mark === null || entry <= 0) continue;
    const drop = priceDrop(entry, mark);
    if (worst === null || drop > worst.drop) worst = { side, drop, entryPrice: entry, markPrice: mark };
  }
  if (worst === null) return null;
  const needed = Math.ceil(threshold * worst.entryPrice - 1e-9);
  return worst.entryPrice - worst.markPrice >= needed ? worst : null;
}
