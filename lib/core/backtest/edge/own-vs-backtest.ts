import type { PositionRow } from '../../model/rows/positions';
import type { StrategyName } from '../../strategies/strategy-names';
import type { EdgeStats } from './edge-stats';

const HOUR = 3_600_000;

/** The backtest that answers "what would the strategy have done over the same period and markets". */
export interface SamePeriodRequest {
  marketIds: string[];
  /** From the first entry to the last close of the positions (an hour of margin each side). */
  fromMs: number;
  toMs: number;
  strategies: StrategyName[];
  positions: number;
}

/**
 * The period and markets the closed positions of one mode span, for a backtest of the same period:
 * the markets most recently closed first (at most `maxMarkets`), the strategies that opened them.
 * Null when there is no closed position.
 */
export function samePeriodRequest(
  positions: readonly PositionRow[],
  maxMarkets = 50,
): SamePeriodRequest | null {
  const closed = positions.filter((p) => p.status === 'closed' && p.closedAt !== null);
  if (closed.length === 0) return null;
  const recent = [...closed].sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0));
  const marketIds = [...new Set(recent.map((p) => p.marketId))].slice(0, maxMarkets);
  const kept = closed.filter((p) => marketIds.includes(p.marketId));
  return {
    marketIds,
    fromMs: Math.min(...kept.map((p) => p.entryTime)) - HOUR,
    toMs: Math.max(...kept.map((p) => p.closedAt ?? 0)) + HOUR,
    strategies: [...new Set(kept.map((p) => p.strategy))],
    positions: kept.length,
  };
}

/**
 * How the bot's own verdict and the backtest's compare: `thin` when either is inconclusive for want
 * of trades (nothing to compare), `agree` when both verdicts are the same, else `disagree`.
 */
export type VerdictComparison = 'agree' | 'disagree' | 'thin';

export function compareVerdicts(own: EdgeStats, backtest: EdgeStats): VerdictComparison {
  if (own.reason === 'too_few_trades' || backtest.reason === 'too_few_trades') return 'thin';
  return own.verdict === backtest.verdict ? 'agree' : 'disagree';
}
