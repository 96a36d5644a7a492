import type { EdgeStats } from './edge-stats';

/**
 * The optimiser's and walk-forward's out-of-sample measure: the lower bound of the 95 % interval of
 * the mean per-trade return. A run with fewer trades than the floor is not rankable (null), so a
 * "+52 % on 4 trades" can never come first.
 */
export function edgeLowerBound(stats: EdgeStats, minTrades: number = stats.minTrades): number | null {
  return stats.trades >= minTrades && stats.ci95 !== null ? stats.ci95[0] : null;
}

/**
 * How a walk-forward fold elected its parameters: `ok`; `no_data` when no candidate made a trade in
 * the training window (nothing to learn from, so nothing is elected); `not_rankable` when candidates
 * traded but none has a score (e.g. all below the trade floor); `no_candidate` when none ran.
 */
export type FoldStatus = 'ok' | 'no_data' | 'not_rankable' | 'no_candidate';

/** What the election reads of an optimiser candidate. */
export interface RankedRun {
  score: number;
  summary: { trades: number };
}

export interface Election<C extends RankedRun> {
  best: C | null;
  status: FoldStatus;
}

/** The winner of a training window, from candidates ranked best first. */
export function electCandidate<C extends RankedRun>(ranked: readonly C[]): Election<C> {
  const first = ranked[0];
  if (first === undefined) return { best: null, status: 'no_candidate' };
  if (ranked.every((c) => c.summary.trades === 0)) return { best: null, status: 'no_data' };
  return Number.isFinite(first.score)
    ? { best: first, status: 'ok' }
    : { best: null, status: 'not_rankable' };
}

/** True when no ranked candidate has a positive score (for the lower-bound measure: no proven edge). */
export function noPositiveScore(ranked: readonly Pick<RankedRun, 'score'>[]): boolean {
  return !ranked.some((c) => c.score > 0);
}
