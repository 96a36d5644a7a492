/** Strategies selectable by name: the live settings, the CLI's --strategy and the backtest form. */
export const STRATEGY_NAMES = ['balancing', 'momentum', 'mean_reversion'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

/** The strategies that buy one side only (no hedge, no divergence liquidation). */
export type SingleSideKind = Exclude<StrategyName, 'balancing'>;

export function isStrategyName(name: string): name is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(name);
}

export function isSingleSide(name: StrategyName): name is SingleSideKind {
  return name !== 'balancing';
}
