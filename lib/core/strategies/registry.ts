import type { StrategyParams } from '../rules/params';
import { balancingStrategy } from './balancing';
import { singleSideStrategy } from './single-side';
import type { Strategy } from './strategy';
import type { StrategyName } from './strategy-names';

export { isStrategyName, STRATEGY_NAMES, type StrategyName } from './strategy-names';

export function createStrategy(name: StrategyName, params: Readonly<StrategyParams>): Strategy {
  return name === 'balancing' ? balancingStrategy(params) : singleSideStrategy(name, params);
}
