import type { Objective } from '../../../lib/core/backtest/optimiser';
import type { ParamGrid, RandomSpace } from '../../../lib/core/backtest/param-space';
import type { StrategyName } from '../../../lib/core/strategies/registry';

/** The optimiser's form: which values to try for the three exit parameters (fractions). */
export interface OptimiserForm {
  strategy: StrategyName;
  mode: 'grid' | 'random';
  count: number;
  objective: Objective;
  folds: number;
  values: { divergenceThreshold: string; takeProfit: string; stopLoss: string };
}

export const OPTIMISED = ['divergenceThreshold', 'takeProfit', 'stopLoss'] as const;
/** The default first: the lower bound of the mean per-trade return, so "+52 % on 4 trades" never wins. */
export const OBJECTIVES: readonly Objective[] = [
  'edgeLowerBound',
  'totalReturn',
  'sharpe',
  'sortino',
  'profitFactor',
];

export const DEFAULT_OPTIMISER_FORM: OptimiserForm = {
  strategy: 'balancing',
  mode: 'grid',
  count: 50,
  objective: 'edgeLowerBound',
  folds: 0,
  values: { divergenceThreshold: '0.2, 0.3, 0.4', takeProfit: '0.2, 0.3, 0.5', stopLoss: '0.1, 0.15, 0.25' },
};

/** "0.2, 0.3" → [0.2, 0.3]; positive finite numbers only. */
export function parseValues(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .map((s) => Number(s))
    .filter((n) => Number.isFinite(n) && n > 0);
}

export function gridOf(form: OptimiserForm): ParamGrid {
  const grid: ParamGrid = {};
  for (const k of OPTIMISED) {
    const values = parseValues(form.values[k]);
    if (values.length > 0) grid[k] = values;
  }
  return grid;
}

/** Random search between the smallest and largest value given for each parameter, on a 0.01 grid. */
export function spaceOf(form: OptimiserForm): RandomSpace {
  const space: RandomSpace = {};
  for (const k of OPTIMISED) {
    const values = parseValues(form.values[k]);
    if (values.length > 0) space[k] = { min: Math.min(...values), max: Math.max(...values), step: 0.01 };
  }
  return space;
}

/** How many parameter sets the search will run (before walk-forward). */
export function setCount(form: OptimiserForm): number {
  if (form.mode === 'random') return form.count;
  return OPTIMISED.reduce((n, k) => n * Math.max(1, parseValues(form.values[k]).length), 1);
}
