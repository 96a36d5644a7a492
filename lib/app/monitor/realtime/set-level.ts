import type { Micros } from '../../../core/model/money';
import type { BookLevel } from '../../../core/model/order-book';

/** Which way a side of the book is sorted, best first: bids high → low, asks low → high. */
export type LevelOrder = 'bids' | 'asks';

/**
 * A book side with one level set to a new aggregate size (Polymarket `price_change`: the size is the
 * level's new total, "0" removes it). Returns a new array, still best first; the input is untouched.
 */
export function setLevel(
  levels: readonly BookLevel[],
  order: LevelOrder,
  price: Micros,
  size: Micros,
): BookLevel[] {
  const better = (a: Micros, b: Micros) => (order === 'bids' ? a > b : a < b);
  const out: BookLevel[] = [];
  let placed = size <= 0;
  for (const level of levels) {
    if (level.price === price) continue;
    if (!placed && better(price, level.price)) {
      out.push({ price, size });
      placed = true;
    }
    out.push(level);
  }
  if (!placed) out.push({ price, size });
  return out;
}
