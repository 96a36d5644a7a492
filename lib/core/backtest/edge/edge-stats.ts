import { createPrng } from '../prng';

/**
 * Is there an edge? The mean per-trade return with a 95 % confidence interval from a seeded
 * percentile bootstrap (resample the trades with replacement, take the 2.5 % and 97.5 % quantiles of
 * the resampled means), and a verdict code. Codes and numbers only: the views word them.
 */
export type EdgeVerdict = 'positive' | 'negative' | 'inconclusive';
export type InconclusiveReason = 'too_few_trades' | 'ci_spans_zero';

export interface EdgeStats {
  trades: number;
  /** The floor the verdict used: fewer trades than this is always inconclusive. */
  minTrades: number;
  /** Mean per-trade return (pnl / capital), null without a trade. */
  mean: number | null;
  /** 95 % bootstrap interval of the mean, [low, high]; null without a trade. */
  ci95: [number, number] | null;
  verdict: EdgeVerdict;
  /** Why the verdict is inconclusive; null for a positive or negative verdict. */
  reason: InconclusiveReason | null;
}

export interface EdgeOptions {
  /** Seed of the bootstrap's generator: the same returns and seed always give the same interval. */
  seed: number;
  resamples: number;
  /** Below this many trades the verdict is inconclusive whatever the interval says. */
  minTrades: number;
}

export const DEFAULT_MIN_TRADES = 30;

export const DEFAULT_EDGE_OPTIONS: Readonly<EdgeOptions> = Object.freeze({
  seed: 1,
  resamples: 2_000,
  minTrades: DEFAULT_MIN_TRADES,
});

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Linear-interpolated quantile of ascending values (the usual "type 7"). */
export function quantile(sorted: Float64Array, q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const low = sorted[lo] as number;
  return low + ((sorted[hi] as number) - low) * (at - lo);
}

/** The seeded percentile bootstrap 95 % interval of the mean of `values` (at least one value). */
export function bootstrapMeanCi(
  values: readonly number[],
  seed: number,
  resamples: number,
): [number, number] {
  const n = values.length;
  const prng = createPrng(seed);
  const means = new Float64Array(Math.max(1, resamples));
  for (let b = 0; b < means.length; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[prng.int(n)] as number;
    means[b] = sum / n;
  }
  means.sort();
  return [quantile(means, 0.025), quantile(means, 0.975)];
}

/** Mean, interval and verdict of per-trade returns (fractions: −0.12 = −12 %). */
export function edgeStats(returns: readonly number[], options: Partial<EdgeOptions> = {}): EdgeStats {
  const { seed, resamples, minTrades } = { ...DEFAULT_EDGE_OPTIONS, ...options };
  const trades = returns.length;
  if (trades === 0) {
    return { trades, minTrades, mean: null, ci95: null, verdict: 'inconclusive', reason: 'too_few_trades' };
  }
  const base = { trades, minTrades, mean: mean(returns), ci95: bootstrapMeanCi(returns, seed, resamples) };
  const [low, high] = base.ci95;
  if (trades < minTrades) return { ...base, verdict: 'inconclusive', reason: 'too_few_trades' };
  if (low > 0) return { ...base, verdict: 'positive', reason: null };
  if (high < 0) return { ...base, verdict: 'negative', reason: null };
  return { ...base, verdict: 'inconclusive', reason: 'ci_spans_zero' };
}
