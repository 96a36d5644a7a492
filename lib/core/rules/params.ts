/**
 * The strategy's settings (strategy.md). Money thresholds are plain USD numbers and ratios are plain
 * fractions (0.30 = 30 %), as a person types them; the core converts to micros where it compares.
 * The settings schema (lib/settings) satisfies this interface.
 */
export interface FactorWeights {
  liquidity: number;
  volatility: number;
  whales: number;
  news: number;
}

export interface StrategyParams {
  /** USD. */
  minLiquidity: number;
  /** USD traded over the last 24 h. */
  minVolume24h: number;
  minHoursToEnd: number;
  maxDaysToEnd: number;
  /** YES mark price band, as prices 0–1. */
  bandLow: number;
  bandHigh: number;
  /** Widest acceptable spread on each side, as a price (0.03 = 3¢). */
  maxSpread: number;
  /** Minimum score (1–10) to enter. */
  opportunityThreshold: number;
  maxPositions: number;
  /** Percent of the bankroll per position: 10 means 10 %. */
  capitalAllocationPercent: number;
  /** USD cap per position, null for none. */
  maxPositionUsd: number | null;
  /** Fraction above the best ask a leg may pay at worst (0.02 = 2 %). */
  maxSlippage: number;
  /** Relative drop of a side's mark price below its entry price that liquidates it. */
  divergenceThreshold: number;
  takeProfit: number;
  takeProfitEnabled: boolean;
  stopLoss: number;
  stopLossEnabled: boolean;
  weights: FactorWeights;
}

export const DEFAULT_STRATEGY_PARAMS: Readonly<StrategyParams> = Object.freeze({
  minLiquidity: 10_000,
  minVolume24h: 5_000,
  minHoursToEnd: 24,
  maxDaysToEnd: 90,
  bandLow: 0.35,
  bandHigh: 0.65,
  maxSpread: 0.03,
  opportunityThreshold: 7,
  maxPositions: 5,
  capitalAllocationPercent: 10,
  maxPositionUsd: null,
  maxSlippage: 0.02,
  divergenceThreshold: 0.3,
  takeProfit: 0.3,
  takeProfitEnabled: true,
  stopLoss: 0.15,
  stopLossEnabled: true,
  weights: Object.freeze({ liquidity: 0.3, volatility: 0.3, whales: 0.2, news: 0.2 }),
});
