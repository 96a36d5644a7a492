import type { Strategy } from '../strategies/strategy';
import type { CompiledDataset } from './compiled-dataset';
import { type EngineSettings, runBacktest } from './engine';
import { type BacktestReport, buildReport } from './report';

/** Several strategies over the same data and settings, for a side-by-side report. */
export function compareStrategies(
  data: CompiledDataset,
  strategies: readonly Strategy[],
  settings: EngineSettings,
): BacktestReport[] {
  return strategies.map((strategy) => buildReport(runBacktest(data, strategy, settings)));
}
