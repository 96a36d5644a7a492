import type { StrategyParams } from '../rules/params';
import { createPrng } from './prng';

/** The strategy settings the optimiser may vary. */
export const TUNABLE_PARAMS = [
  'divergenceThreshold',
  'takeProfit',
  'stopLoss',
  'takeProfitEnabled',
  'stopLossEnabled',
  'bandLow',
  'bandHigh',
  'opportunityThreshold',
  'capitalAllocationPercent',
  'maxSlippage',
] as const satisfies readonly (keyof StrategyParams)[];

export type TunableParam = (typeof TUNABLE_PARAMS)[number];
export type ParamValue = number | boolean;
/** One candidate: the settings it changes from the base. */
export type ParamSet = Partial<Record<TunableParam, ParamValue>>;
export type ParamGrid = Partial<Record<TunableParam, readonly ParamValue[]>>;
/** A random-search dimension: a range (optionally on a step grid) or a list to choose from. */
export type RandomDimension = { min: number; max: number; step?: number } | readonly ParamValue[];
export type RandomSpace = Partial<Record<TunableParam, RandomDimension>>;

export function isTunableParam(name: string): name is TunableParam {
  return (TUNABLE_PARAMS as readonly string[]).includes(name);
}

/** Every combination of the grid, in a fixed order (keys as TUNABLE_PARAMS lists them, values as given). */
export function gridCandidates(grid: ParamGrid): ParamSet[] {
  let out: ParamSet[] = [{}];
  for (const key of TUNABLE_PARAMS) {
    const values = grid[key];
    if (!values || values.length === 0) continue;
    out = out.flatMap((set) => values.map((v) => ({ ...set, [key]: v })));
  }
  return out;
}

function draw(dimension: RandomDimension, next: () => number): ParamValue {
  if (Array.isArray(dimension)) return dimension[Math.floor(next() * dimension.length)] as ParamValue;
  const { min, max, step } = dimension as { min: number; max: number; step?: number };
  if (step && step > 0) {
    const steps = Math.floor((max - min) / step + 1e-9);
    return Number((min + Math.floor(next() * (steps + 1)) * step).toFixed(10));
  }
  return min + next() * (max - min);
}

/** `count` seeded random candidates (same seed → same candidates). */
export function randomCandidates(space: RandomSpace, count: number, seed: number): ParamSet[] {
  const rng = createPrng(seed);
  const out: ParamSet[] = [];
  for (let i = 0; i < count; i++) {
    const set: ParamSet = {};
    for (const key of TUNABLE_PARAMS) {
      const dimension = space[key];
      if (dimension) set[key] = draw(dimension, rng.next);
    }
    out.push(set);
  }
  return out;
}

/** The base settings with a candidate applied; null for a nonsensical band (low ≥ high). */
export function applyParamSet(base: Readonly<StrategyParams>, set: ParamSet): StrategyParams | null {
  const params = { ...base, ...set } as StrategyParams;
  return params.bandLow < params.bandHigh ? params : null;
}
