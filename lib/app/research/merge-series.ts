import type { PricePoint } from '../../core/backtest/dataset';

/**
 * Merge price series of one token by time, ascending, one point per timestamp: a later source wins a
 * tie (callers pass cached history, then fresh history, then recorded snapshot marks). Points outside
 * [from, to] are dropped.
 */
export function mergeSeries(
  sources: readonly (readonly PricePoint[])[],
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): PricePoint[] {
  const byTime = new Map<number, number>();
  for (const source of sources) {
    for (const point of source) if (point.t >= from && point.t <= to) byTime.set(point.t, point.p);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([t, p]) => ({ t, p }));
}
