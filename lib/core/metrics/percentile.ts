/**
 * Nearest-rank percentile of `values` (0 < p ≤ 100): the smallest value with at least p % of the
 * values at or below it. Easy to check by hand: p50 of [1,2,3,4] is 2, p95 of 20 values is the 19th.
 * Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError('p must be in (0, 100]');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** Count, p50, p95 and max of a set of durations. */
export interface DurationStats {
  count: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

export function durationStats(values: readonly number[]): DurationStats {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length === 0 ? null : Math.max(...values),
  };
}
