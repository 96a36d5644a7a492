import { fromMicros } from '../../model/money';
import type { CompiledDataset } from '../compiled-dataset';
import { type BacktestResult, DEFAULT_ENGINE_SETTINGS } from '../engine';
import type { FillModelSettings } from '../fill-model';
import type { ParamSet } from '../param-space';
import { buildReport } from '../report';
import type { Fold, Window } from '../walk-forward';
import { runAssumptions } from './assumptions';
import { type RunBaselines, runBaselines } from './baselines';
import type { EdgeOptions } from './edge-stats';
import type { JsonBaselines, JsonFold, JsonStrategyRun } from './json-report-schema';
import { tradeFills } from './trade-fills';

/** Where a run sits in a search: its point, window, rank and score (all null for a plain run). */
export interface RunPlace {
  set: ParamSet | null;
  window: Window | null;
  rank: number | null;
  score: number | null;
}

export const PLAIN_RUN: Readonly<RunPlace> = Object.freeze({
  set: null,
  window: null,
  rank: null,
  score: null,
});

const finiteOrNull = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** The baselines as the JSON report words them (the same summary fields as the strategy's). */
export function jsonBaselines(baselines: RunBaselines): JsonBaselines {
  const { edge, totalPnl, skipped, unresolved } = baselines.holdBoth;
  return {
    holdBoth: {
      trades: edge.trades,
      totalPnl,
      meanTradeReturn: edge.mean,
      ci95: edge.ci95,
      verdict: edge.verdict,
      verdictReason: edge.reason,
      minTrades: edge.minTrades,
      skipped,
      unresolved,
    },
    noTrade: { ...baselines.noTrade },
  };
}

/** One entry of the JSON report's `strategies[]`, from a finished backtest (baselines run here). */
export function jsonStrategyRun(
  data: CompiledDataset,
  result: BacktestResult,
  fill: FillModelSettings,
  place: RunPlace = PLAIN_RUN,
  edgeOptions: Partial<EdgeOptions> = {},
): JsonStrategyRun {
  const { summary, fills } = buildReport(result, edgeOptions);
  const { edge } = summary;
  return {
    strategy: result.strategy,
    params: { ...result.params },
    set: place.set,
    window: place.window,
    rank: place.rank,
    score: finiteOrNull(place.score),
    summary: {
      trades: summary.trades,
      totalPnl: summary.totalPnl,
      totalReturn: summary.totalReturn,
      winRate: summary.winRate,
      maxDrawdown: summary.maxDrawdown,
      feesPaid: summary.feesPaid,
      meanTradeReturn: edge.mean,
      ci95: edge.ci95,
      verdict: edge.verdict,
      verdictReason: edge.reason,
      minTrades: edge.minTrades,
      edgeLowerBound: summary.edgeLowerBound,
      fills,
    },
    assumptions: runAssumptions(data, result.fills, fill),
    baselines: jsonBaselines(
      runBaselines(data, result, { ...DEFAULT_ENGINE_SETTINGS, fill, ...(place.window ?? {}) }, edgeOptions),
    ),
    trades: result.trades.map((t) => ({
      marketId: t.marketId,
      enteredAt: t.entryTime,
      exitedAt: t.exitTime,
      exitReason: t.exitReason,
      pnl: fromMicros(t.pnl),
      return: t.return,
      capital: fromMicros(t.capital),
      fills: tradeFills(data, t, fill.maxBookAgeMs),
    })),
  };
}

/** A walk-forward fold for the JSON report (undefined scores as null). */
export function jsonFold(fold: Fold): JsonFold {
  return {
    train: fold.train,
    test: fold.test,
    status: fold.status,
    best: fold.best,
    inSample: finiteOrNull(fold.inSample),
    outOfSample: finiteOrNull(fold.outOfSample),
    warning: fold.warning,
  };
}
