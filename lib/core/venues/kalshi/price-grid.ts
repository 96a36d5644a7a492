import type { Micros } from '../../model/money';

/** One band of a Kalshi market's price grid (`price_ranges[{start, end, step}]`), in micros. */
export interface KalshiPriceRange {
  start: Micros;
  end: Micros;
  step: Micros;
}

/**
 * The tick at a price: the step of the band that holds it (a price on a band's edge takes the
 * finer step). Kalshi's structures (linear_cent, tapered_deci_cent, deci_cent, …) are open-ended,
 * so the grid is always read from `price_ranges`, never from the structure's name.
 */
export function kalshiTickAt(ranges: readonly KalshiPriceRange[], price: Micros): Micros | null {
  const holding = ranges.filter((r) => price >= r.start && price <= r.end);
  if (holding.length === 0) return null;
  return Math.min(...holding.map((r) => r.step));
}

/** The finest step of the grid (the book's single tick size). */
export function kalshiFinestTick(ranges: readonly KalshiPriceRange[]): Micros {
  if (ranges.length === 0) throw new RangeError('a Kalshi market has at least one price range');
  return Math.min(...ranges.map((r) => r.step));
}

/** True when the price is strictly inside (0, 1) and a whole number of steps from its band's start. */
export function isOnKalshiGrid(ranges: readonly KalshiPriceRange[], price: Micros): boolean {
  if (!Number.isInteger(price) || price <= 0 || price >= 1_000_000) return false;
  return ranges.some((r) => price >= r.start && price <= r.end && (price - r.start) % r.step === 0);
}
