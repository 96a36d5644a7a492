import type { StrategyParams } from '../rules/params';
import { isSingleSide, type StrategyName } from './strategy-names';

/**
 * The parameters a position's exits are decided with (core decidePosition), by the strategy that
 * OPENED it: a single-side position holds one side only, so there is nothing to liquidate and the
 * divergence rule is switched off; take-profit, stop-loss and resolution apply unchanged. The live
 * monitors and the backtester both reach it through the single-side Strategy.exit.
 */
export function exitParamsFor(strategy: StrategyName, params: Readonly<StrategyParams>): StrategyParams {
  return isSingleSide(strategy) ? { ...params, divergenceThreshold: Number.POSITIVE_INFINITY } : params;
}
