import { createContext, useContext } from 'react';
import type { BacktestRunner } from '../../../lib/app/research/optimiser/backtest-runner';

/**
 * The page's backtest workers, composed by the dashboard's entry point (entrypoints/dashboard) and
 * handed to the Backtest tab: the view holds only the runner's type.
 */
export const BacktestRunnerContext = createContext<BacktestRunner | null>(null);

export function useBacktestRunner(): BacktestRunner {
  const runner = useContext(BacktestRunnerContext);
  if (runner === null) throw new Error('The backtest runner is missing: the dashboard entry provides it.');
  return runner;
}
