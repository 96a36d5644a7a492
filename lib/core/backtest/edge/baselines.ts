import { fromMicros } from '../../model/money';
import type { CompiledDataset } from '../compiled-dataset';
import { type BacktestResult, type EngineSettings, runBacktest } from '../engine';
import { type EdgeOptions, type EdgeStats, edgeStats } from './edge-stats';
import { holdBothStrategy } from './hold-both-strategy';

/**
 * What a strategy is measured against, on the same markets: "hold both legs to resolution" (its
 * entries bought 50/50 and never sold before resolution, through the same engine, books, fill model
 * and fees) and "no trade" (0 per trade, 0 USD). A strategy whose edge is no better than holding
 * both legs adds nothing with its exits; one no better than 0 adds nothing at all.
 */
export interface HoldBothBaseline {
  /** The same per-trade statistics as the strategy's (same seed, resamples and trade floor). */
  edge: EdgeStats;
  /** USD, every fee included. */
  totalPnl: number;
  /** Strategy entries the baseline could not make (the book could not fill a leg). */
  skipped: number;
  /** Baseline positions whose market had not resolved by the end of the data (sold there). */
  unresolved: number;
}

export interface NoTradeBaseline {
  trades: 0;
  totalPnl: 0;
  meanTradeReturn: 0;
}

export interface RunBaselines {
  holdBoth: HoldBothBaseline;
  noTrade: NoTradeBaseline;
}

export const NO_TRADE: Readonly<NoTradeBaseline> = Object.freeze({
  trades: 0,
  totalPnl: 0,
  meanTradeReturn: 0,
});

/**
 * The baselines of one finished run: `settings` are the run's (fill model, window); the baseline's
 * cash covers every entry, so its positions never compete for cash or slots.
 */
export function runBaselines(
  data: CompiledDataset,
  result: Pick<BacktestResult, 'trades' | 'params'>,
  settings: EngineSettings,
  edge: Partial<EdgeOptions> = {},
): RunBaselines {
  const entries = result.trades.filter((t) => t.capital > 0);
  if (entries.length === 0) {
    return {
      holdBoth: { edge: edgeStats([], edge), totalPnl: 0, skipped: 0, unresolved: 0 },
      noTrade: NO_TRADE,
    };
  }
  const capital = entries.reduce((sum, t) => sum + t.capital, 0);
  const hold = runBacktest(data, holdBothStrategy(result.params, entries), {
    ...settings,
    initialCash: fromMicros(capital) + 1,
  });
  const trades = hold.trades.filter((t) => t.capital > 0);
  return {
    holdBoth: {
      edge: edgeStats(
        trades.map((t) => t.return),
        edge,
      ),
      totalPnl: fromMicros(trades.reduce((sum, t) => sum + t.pnl, 0)),
      skipped: entries.length - trades.length,
      unresolved: trades.filter((t) => t.exitReason !== 'resolution').length,
    },
    noTrade: NO_TRADE,
  };
}
