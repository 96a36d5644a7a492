import type { StrategyParams } from '../strategy/params';
import { balancingStrategy } from './balancing';
import { singleSideStrategy } from './single-side';
import type { Strategy } from './strategy';

/** Strategies selectable by name (CLI --strategy, the UI's backtest form). */
export const STRATEGY_NAMES = ['balancing', 'momentum', 'mean_reversion'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export function isStrategyName(name: string): name is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(name);
}

export function createStrategy(name: StrategyName, params: Readonly<StrategyParams>): Strategy {
  return name === 'balancing' ? balancingStrategy(params) : singleSideStrategy(name, params);
}
