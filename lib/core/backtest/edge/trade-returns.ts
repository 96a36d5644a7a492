import type { Position } from '../../model/position';
import { positionCapital } from '../../model/position';
import type { BacktestTrade } from '../trade-ledger';
import { type EdgeOptions, type EdgeStats, edgeStats } from './edge-stats';

/**
 * Per-trade returns, one per position from entry to final close: pnl / capital (fees included on
 * both sides). The backtest's trades and the bot's own closed positions go through the same
 * statistics, so a paper or live record and a backtest of the same period compare like for like.
 */
export function backtestTradeReturns(trades: readonly Pick<BacktestTrade, 'pnl' | 'capital'>[]): number[] {
  return trades.filter((t) => t.capital > 0).map((t) => t.pnl / t.capital);
}

/** Returns of the closed positions that put capital at risk (an entry that bought nothing has none). */
export function closedPositionReturns(positions: readonly Position[]): number[] {
  const out: number[] = [];
  for (const p of positions) {
    const capital = positionCapital(p);
    if (p.status === 'closed' && capital > 0) out.push(p.pnl / capital);
  }
  return out;
}

export function backtestEdge(
  trades: readonly Pick<BacktestTrade, 'pnl' | 'capital'>[],
  options?: Partial<EdgeOptions>,
): EdgeStats {
  return edgeStats(backtestTradeReturns(trades), options);
}

/** The same verdict for the bot's own record (paper or live: filter by mode first). */
export function positionsEdge(positions: readonly Position[], options?: Partial<EdgeOptions>): EdgeStats {
  return edgeStats(closedPositionReturns(positions), options);
}
