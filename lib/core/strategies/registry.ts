import type { StrategyParams } from '../rules/params';
import { balancingStrategy } from './balancing';
import { singleSideStrategy } from './single-side';
import type { Strategy } from './strategy';
import type { StrategyName } from './strategy-names';

export { isStrategyName, STRATEGY_NAMES, type StrategyName } from './strategy-names';

export function createStrategy(name: StrategyName, params: Readonly<StrategyParams>): Strategy {
  return name === 'balancing' ? balancingStrategy(params) : singleSideStrategy(name, params);
}

/**
 * The strategies by name on one set of parameters, made once: a monitor pass decides each
 * position with the strategy that OPENED it (its `strategy`), whatever the settings say now.
 */
export function strategiesFor(params: Readonly<StrategyParams>): (name: StrategyName) => Strategy {
  const made = new Map<StrategyName, Strategy>();
  return (name) => {
    let strategy = made.get(name);
    if (!strategy) {
      strategy = createStrategy(name, params);
      made.set(name, strategy);
    }
    return strategy;
  };
}
