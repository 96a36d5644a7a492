import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobRequest, JobResult, JobUnit } from '../../../lib/app/research/optimiser/backtest-job';
import { errorText } from '../../ui/ui-text';
import { useBacktestRunner } from './backtest-runner-context';

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; unit: JobUnit }
  | { status: 'done'; result: JobResult }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/**
 * The page's backtest Web Workers: a backtest runs on one, the optimiser splits its parameter sets
 * across min(cores, 4, sets) of them (split-optimise.ts; same result as one worker) with progress
 * added up. Cancel terminates every worker at once; they are started again for the next job.
 */
export function useBacktestWorker() {
  const runner = useBacktestRunner();
  const current = useRef(0);
  const [state, setState] = useState<JobState>({ status: 'idle' });

  useEffect(() => () => runner.stop(), [runner]);

  const run = useCallback(
    (job: JobRequest, total: number, unit: JobUnit) => {
      const id = ++current.current;
      const live = () => current.current === id;
      setState({ status: 'running', done: 0, total, unit });
      const onProgress = (done: number, all: number) => {
        if (live()) setState({ status: 'running', done, total: all, unit });
      };
      runner.run(job, total, onProgress).then(
        (result: JobResult) => {
          if (live()) setState({ status: 'done', result });
        },
        (error: unknown) => {
          if (!live()) return;
          runner.stop(); // the other chunks of a failed optimisation would only waste the cores
          setState({ status: 'error', message: errorText(error) });
        },
      );
    },
    [runner],
  );

  const cancel = useCallback(() => {
    current.current += 1;
    runner.stop();
    setState((s) => (s.status === 'running' ? { status: 'cancelled', done: s.done, total: s.total } : s));
  }, [runner]);

  return { state, run, cancel };
}
