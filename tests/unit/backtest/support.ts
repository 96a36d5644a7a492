import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import type { BacktestMarket, Dataset, PricePoint } from '../../../lib/core/backtest/dataset';
import {
  type BacktestResult,
  DEFAULT_ENGINE_SETTINGS,
  type EngineSettings,
  runBacktest,
} from '../../../lib/core/backtest/engine';
import type { FillModelSettings } from '../../../lib/core/backtest/fill-model';
import { toMicros } from '../../../lib/core/model/money';
import { DEFAULT_STRATEGY_PARAMS, type StrategyParams } from '../../../lib/core/rules/params';
import { createStrategy, type StrategyName } from '../../../lib/core/strategies/registry';

/** 2026-01-01T00:00:00Z. */
export const T0 = Date.UTC(2026, 0, 1);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Fills at exactly the price: zero spread, one deep level (hand-computable). */
export const EXACT_FILL: FillModelSettings = {
  syntheticSpread: 0,
  syntheticDepthShares: 1_000_000,
  syntheticLevels: 1,
  slippageTicksPerLevel: 1,
  maxBookAgeMs: HOUR,
  minOrderShares: 5,
};

export function makeMarket(id: string, overrides: Partial<BacktestMarket> = {}): BacktestMarket {
  return {
    id,
    question: `Will ${id} happen?`,
    yesTokenId: `${id}-yes`,
    noTokenId: `${id}-no`,
    feeRate: 0,
    tickSize: 10_000,
    endTime: T0 + 30 * DAY,
    resolution: null,
    ...overrides,
  };
}

/** Rows of [hour, yes price, no price] (decimals) → the two price series of a market. */
export function pricesOf(market: BacktestMarket, rows: ReadonlyArray<readonly [number, number, number]>) {
  const yes: PricePoint[] = rows.map(([h, y]) => ({ t: T0 + h * HOUR, p: toMicros(y) }));
  const no: PricePoint[] = rows.map(([h, , n]) => ({ t: T0 + h * HOUR, p: toMicros(n) }));
  return { [market.yesTokenId]: yes, [market.noTokenId]: no };
}

export function oneMarket(
  rows: ReadonlyArray<readonly [number, number, number]>,
  overrides: Partial<BacktestMarket> = {},
): Dataset {
  const market = makeMarket('m1', overrides);
  return { markets: [market], prices: pricesOf(market, rows) };
}

export function settings(fill: FillModelSettings = EXACT_FILL): EngineSettings {
  return { ...DEFAULT_ENGINE_SETTINGS, fill };
}

export function params(overrides: Partial<StrategyParams> = {}): StrategyParams {
  return { ...DEFAULT_STRATEGY_PARAMS, ...overrides };
}

export function run(
  dataset: Dataset,
  options: { strategy?: StrategyName; params?: Partial<StrategyParams>; fill?: FillModelSettings } = {},
): BacktestResult {
  const strategy = createStrategy(options.strategy ?? 'balancing', params(options.params));
  return runBacktest(compileDataset(dataset), strategy, settings(options.fill));
}

/** USD → micros, for readable expectations. */
export const usd = (n: number) => toMicros(n);
