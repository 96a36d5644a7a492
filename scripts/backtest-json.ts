import type { CompiledDataset } from '../lib/core/backtest/compiled-dataset';
import { noPositiveScore } from '../lib/core/backtest/edge/edge-ranking';
import type { EdgeOptions } from '../lib/core/backtest/edge/edge-stats';
import { jsonFold, jsonStrategyRun } from '../lib/core/backtest/edge/json-report';
import { JSON_REPORT_FORMAT, type JsonReport } from '../lib/core/backtest/edge/json-report-schema';
import { type EngineSettings, runBacktest } from '../lib/core/backtest/engine';
import type { OptimiseResult } from '../lib/core/backtest/optimiser';
import { applyParamSet } from '../lib/core/backtest/param-space';
import type { WalkForwardResult } from '../lib/core/backtest/walk-forward';
import { fromMicros } from '../lib/core/model/money';
import type { StrategyParams } from '../lib/core/rules/params';
import { createStrategy, type StrategyName } from '../lib/core/strategies/registry';

/** Collects every run of a CLI invocation into the one JSON document `--json` prints. */
export function emptyJsonReport(data: CompiledDataset, mode: JsonReport['mode']): JsonReport {
  return {
    format: JSON_REPORT_FORMAT,
    version: 1,
    mode,
    dataset: { markets: data.markets.length, pricePoints: data.time.length },
    strategies: [],
    optimiser: [],
    walkForward: [],
  };
}

/** What every run of one invocation shares. */
export interface RunInputs {
  data: CompiledDataset;
  base: StrategyParams;
  settings: EngineSettings;
  edge: Partial<EdgeOptions>;
}

export function addPlainRun(report: JsonReport, inputs: RunInputs, strategy: StrategyName): void {
  const { data, base, settings, edge } = inputs;
  const result = runBacktest(data, createStrategy(strategy, base), settings);
  const run = report.strategies.length;
  report.strategies.push(jsonStrategyRun(data, result, settings.fill, undefined, edge));
  const { entryMethod, splits, merges, gas } = result.ctf;
  report.entryMethods = [
    ...(report.entryMethods ?? []),
    { run, strategy, entryMethod, splits, merges, gasUsd: fromMicros(gas) },
  ];
}

/** The top `limit` points of an optimisation, each re-run for its trades. */
export function addOptimisation(
  report: JsonReport,
  inputs: RunInputs,
  strategy: StrategyName,
  result: OptimiseResult,
  objective: string,
  limit: number,
): void {
  const { data, base, settings, edge } = inputs;
  report.optimiser.push({
    strategy,
    objective,
    runs: result.runs,
    skipped: result.skipped,
    notes: result.notes,
    noPositiveScore: noPositiveScore(result.ranked),
  });
  result.ranked.slice(0, limit).forEach((candidate, i) => {
    const params = applyParamSet(base, candidate.set);
    if (params === null) return;
    const run = runBacktest(data, createStrategy(strategy, params), settings);
    const place = { set: candidate.set, window: null, rank: i + 1, score: candidate.score };
    report.strategies.push(jsonStrategyRun(data, run, settings.fill, place, edge));
  });
}

/** The folds, and each elected point's run on its test window. */
export function addWalkForward(
  report: JsonReport,
  inputs: RunInputs,
  strategy: StrategyName,
  result: WalkForwardResult,
  objective: string,
): void {
  const { data, base, settings, edge } = inputs;
  report.walkForward.push({ strategy, objective, notes: result.notes, folds: result.folds.map(jsonFold) });
  for (const fold of result.folds) {
    const params = fold.best === null ? null : applyParamSet(base, fold.best);
    if (params === null) continue;
    const window = fold.test;
    const run = runBacktest(data, createStrategy(strategy, params), { ...settings, ...window });
    const place = { set: fold.best, window, rank: null, score: fold.outOfSample };
    report.strategies.push(jsonStrategyRun(data, run, settings.fill, place, edge));
  }
}
