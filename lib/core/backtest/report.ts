import { fromMicros } from '../model/money';
import { edgeLowerBound } from './edge/edge-ranking';
import { type EdgeOptions, type EdgeStats, edgeStats } from './edge/edge-stats';
import type { BacktestResult } from './engine';
import {
  ANNUALISATION_NOTE,
  dailyReturns,
  maxDrawdown,
  profitFactor,
  sharpeRatio,
  sortinoRatio,
} from './metrics';
import { type BacktestExitReason, EXIT_REASONS } from './trade-ledger';

/** A freqtrade-style report. Money in USD (plain decimals), ratios as fractions, times epoch ms. */
export interface ReportSummary {
  trades: number;
  wins: number;
  losses: number;
  winRate: number | null;
  initialCash: number;
  finalEquity: number;
  totalPnl: number;
  totalReturn: number;
  avgTradePnl: number | null;
  avgTradeReturn: number | null;
  maxDrawdown: number;
  maxDrawdownUsd: number;
  sharpe: number | null;
  sortino: number | null;
  annualisation: string;
  /** Share of the period with at least one position open. */
  exposure: number;
  avgHoldingHours: number | null;
  profitFactor: number | null;
  feesPaid: number;
  rejectedOrders: number;
  /** Per-trade mean return, its seeded bootstrap 95 % interval and the edge verdict. */
  edge: EdgeStats;
  /** Lower bound of that interval; null below the trade floor (the optimiser's default measure). */
  edgeLowerBound: number | null;
}

export interface MarketRow {
  marketId: string;
  question: string;
  trades: number;
  wins: number;
  pnl: number;
  fees: number;
}

export interface ExitReasonRow {
  reason: BacktestExitReason;
  /** Exit events (a liquidation is a partial exit of the losing side). */
  count: number;
  /** P&L realised by those exits: net proceeds − entry capital of the shares they disposed of. */
  pnl: number;
  avgPnl: number | null;
}

export interface BacktestReport {
  strategy: string;
  period: { start: number; end: number; days: number };
  summary: ReportSummary;
  fills: { book: number; synthetic: number };
  perMarket: MarketRow[];
  perExitReason: ExitReasonRow[];
  /** The trades with capital, fees and pnl in USD like the rest of the report. */
  trades: BacktestResult['trades'];
  equity: { t: number; equity: number }[];
  /**
   * How the run entered and left, when it is one of an entry-method choice (the dashboard's "Balanced
   * entries by", the CLI's --entry-method): its method, splits, merges and modelled gas (micros).
   * Absent for a plain run by the books.
   */
  entry?: BacktestResult['ctf'];
}

const HOUR = 3_600_000;

/** `edge`: the verdict's seed, resamples and trade floor (defaults: seed 1, 2,000, 30 trades). */
export function buildReport(result: BacktestResult, edge: Partial<EdgeOptions> = {}): BacktestReport {
  const { trades, initialCash, finalEquity } = result;
  const wins = trades.filter((t) => t.pnl > 0).length;
  const totalPnl = finalEquity - initialCash;
  const drawdown = maxDrawdown(result.equity, initialCash);
  const returns = dailyReturns(result.equity, initialCash);
  const span = result.end - result.start;
  const byMarket = new Map<number, MarketRow>();
  for (const t of trades) {
    const row = byMarket.get(t.marketIndex) ?? {
      marketId: t.marketId,
      question: t.question,
      trades: 0,
      wins: 0,
      pnl: 0,
      fees: 0,
    };
    row.trades++;
    if (t.pnl > 0) row.wins++;
    row.pnl += t.pnl;
    row.fees += t.fees;
    byMarket.set(t.marketIndex, row);
  }
  const perExitReason = EXIT_REASONS.map((reason): ExitReasonRow => {
    const events = result.exits.filter((e) => e.reason === reason);
    const pnl = events.reduce((s, e) => s + e.pnl, 0);
    return {
      reason,
      count: events.length,
      pnl: fromMicros(pnl),
      avgPnl: events.length ? fromMicros(pnl) / events.length : null,
    };
  });
  const n = trades.length;
  const stats = edgeStats(
    trades.map((t) => t.return),
    edge,
  );
  return {
    strategy: result.strategy,
    period: { start: result.start, end: result.end, days: span / (24 * HOUR) },
    summary: {
      trades: n,
      wins,
      losses: trades.filter((t) => t.pnl < 0).length,
      winRate: n ? wins / n : null,
      initialCash: fromMicros(initialCash),
      finalEquity: fromMicros(finalEquity),
      totalPnl: fromMicros(totalPnl),
      totalReturn: initialCash > 0 ? totalPnl / initialCash : 0,
      avgTradePnl: n ? fromMicros(trades.reduce((s, t) => s + t.pnl, 0)) / n : null,
      avgTradeReturn: n ? trades.reduce((s, t) => s + t.return, 0) / n : null,
      maxDrawdown: drawdown.fraction,
      maxDrawdownUsd: fromMicros(drawdown.amount),
      sharpe: sharpeRatio(returns),
      sortino: sortinoRatio(returns),
      annualisation: ANNUALISATION_NOTE,
      exposure: span > 0 ? result.exposureMs / span : 0,
      avgHoldingHours: n ? trades.reduce((s, t) => s + (t.exitTime - t.entryTime), 0) / n / HOUR : null,
      profitFactor: profitFactor(trades.map((t) => t.pnl)),
      feesPaid: fromMicros(trades.reduce((s, t) => s + t.fees, 0)),
      rejectedOrders: result.rejectedOrders,
      edge: stats,
      edgeLowerBound: edgeLowerBound(stats),
    },
    fills: { ...result.fills },
    perMarket: [...byMarket.values()]
      .map((r) => ({ ...r, pnl: fromMicros(r.pnl), fees: fromMicros(r.fees) }))
      .sort((a, b) => a.pnl - b.pnl || a.marketId.localeCompare(b.marketId)),
    perExitReason,
    trades: trades.map((t) => ({
      ...t,
      capital: fromMicros(t.capital),
      fees: fromMicros(t.fees),
      pnl: fromMicros(t.pnl),
    })),
    equity: result.equity.map((p) => ({ t: p.t, equity: fromMicros(p.equity) })),
  };
}
