import type { StrategyParams } from '../rules/params';
import type { StrategyName } from '../strategies/registry';
import { createStrategy } from '../strategies/registry';
import type { CompiledDataset } from './compiled-dataset';
import type { EdgeOptions } from './edge/edge-stats';
import { type EngineSettings, runBacktest } from './engine';
import { applyParamSet, type ParamSet } from './param-space';
import { buildReport, type ReportSummary } from './report';

/**
 * What "best" means. Undefined ratios (no trades, no variance) rank last. `edgeLowerBound`: the lower
 * bound of the 95 % interval of the mean per-trade return, unrankable below the trade floor.
 */
export type Objective = 'totalReturn' | 'sharpe' | 'sortino' | 'profitFactor' | 'edgeLowerBound';

/** An AbortSignal-like flag, checked between runs (a Web Worker sets it from a message). */
export interface CancelFlag {
  readonly aborted: boolean;
}

export interface OptimiseOptions {
  strategy: StrategyName;
  base: Readonly<StrategyParams>;
  settings: EngineSettings;
  objective: Objective;
  /** The edge verdict's options (trade floor of `edgeLowerBound`…); defaults when absent. */
  edge?: Partial<EdgeOptions>;
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: CancelFlag;
}

export interface Candidate {
  /** Position in the candidate list (ties rank by it, so results are stable). */
  index: number;
  set: ParamSet;
  score: number;
  summary: ReportSummary;
}

export interface OptimiseResult {
  /** Best first. */
  ranked: Candidate[];
  best: Candidate | null;
  runs: number;
  skipped: number;
  cancelled: boolean;
  notes: string[];
}

export function objectiveScore(summary: ReportSummary, objective: Objective): number {
  const value = summary[objective];
  return value === null || !Number.isFinite(value) ? Number.NEGATIVE_INFINITY : value;
}

/** Drops the opportunity threshold when the dataset records no scores (it would change nothing). */
export function meaningfulSets(
  data: CompiledDataset,
  sets: readonly ParamSet[],
): { sets: ParamSet[]; notes: string[] } {
  if (data.scores.some((s) => s !== null)) return { sets: [...sets], notes: [] };
  if (!sets.some((s) => 'opportunityThreshold' in s)) return { sets: [...sets], notes: [] };
  const seen = new Set<string>();
  const out: ParamSet[] = [];
  for (const { opportunityThreshold: _ignored, ...rest } of sets) {
    const key = JSON.stringify(rest);
    if (!seen.has(key)) out.push(rest);
    seen.add(key);
  }
  return { sets: out, notes: ['opportunityThreshold ignored: the dataset records no opportunity scores'] };
}

/** One backtest of candidate `index` (with `set` applied to the base); null when the set is skipped. */
export function evaluateCandidate(
  data: CompiledDataset,
  set: ParamSet,
  index: number,
  options: Pick<OptimiseOptions, 'strategy' | 'base' | 'settings' | 'objective' | 'edge'>,
): Candidate | null {
  const params = applyParamSet(options.base, set);
  if (params === null) return null;
  const summary = buildReport(
    runBacktest(data, createStrategy(options.strategy, params), options.settings),
    options.edge,
  ).summary;
  return { index, set, score: objectiveScore(summary, options.objective), summary };
}

/** Best first, in place: by score, ties by candidate index (a total order, so any split merges back the same). */
export function rankCandidates(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * The optimiser as steps: it yields after every run, so a Web Worker can drive it with an await
 * between steps (letting a cancel message arrive) while Node and tests drive it straight through.
 */
export function* optimiseSteps(
  data: CompiledDataset,
  candidates: readonly ParamSet[],
  options: OptimiseOptions,
): Generator<{ done: number; total: number }, OptimiseResult, void> {
  const { sets, notes } = meaningfulSets(data, candidates);
  const ranked: Candidate[] = [];
  let skipped = 0;
  let cancelled = false;
  for (let i = 0; i < sets.length; i++) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const candidate = evaluateCandidate(data, sets[i] as ParamSet, i, options);
    if (candidate === null) skipped++;
    else ranked.push(candidate);
    const progress = { done: i + 1, total: sets.length };
    options.onProgress?.(progress);
    yield progress;
  }
  rankCandidates(ranked);
  return { ranked, best: ranked[0] ?? null, runs: ranked.length, skipped, cancelled, notes };
}

/** Run every candidate (grid or random) and rank them by the objective. */
export function optimise(
  data: CompiledDataset,
  candidates: readonly ParamSet[],
  options: OptimiseOptions,
): OptimiseResult {
  const steps = optimiseSteps(data, candidates, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
