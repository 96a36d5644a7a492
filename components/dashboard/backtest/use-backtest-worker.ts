/// <reference types="vite/client" />
import { useCallback, useEffect, useRef, useState } from 'react';
import { type CompiledDataset, compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { errorText } from '../../ui/ui-text';
import BacktestWorker from './backtest.worker.ts?worker';
import type { JobRequest, JobResult, JobUnit, WorkerResult } from './backtest-job';
import { splitOptimise, workerCount } from './split-optimise';
import { createWorkerPool, type WorkerPool } from './worker-pool';

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; unit: JobUnit }
  | { status: 'done'; result: JobResult }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/**
 * Vite's `?worker` import bundles the worker and gives its constructor. (`new Worker(new URL(…,
 * import.meta.url))` is not seen by Vite 7 once WXT has defined `import.meta.url` for the service
 * worker: the worker would be missing from the build.)
 */
function startWorker(): Worker {
  return new BacktestWorker({ name: 'backtest' });
}

/**
 * Compiled once per loaded dataset (the same object across runs): the columns clone to each worker
 * far faster than the dataset's millions of point objects would.
 */
const compiled = new WeakMap<Dataset, CompiledDataset>();
export function compiledOf(dataset: Dataset): CompiledDataset {
  const known = compiled.get(dataset);
  if (known) return known;
  const data = compileDataset(dataset);
  compiled.set(dataset, data);
  return data;
}

function backtestResult(result: WorkerResult): JobResult {
  if (result.kind !== 'backtest') throw new Error(`expected a backtest result, got ${result.kind}`);
  return result;
}

/**
 * The page's backtest Web Workers: a backtest runs on one, the optimiser splits its parameter sets
 * across min(cores, 4, sets) of them (split-optimise.ts; same result as one worker) with progress
 * added up. Cancel terminates every worker at once; they are started again for the next job.
 */
export function useBacktestWorker() {
  const pool = useRef<WorkerPool | null>(null);
  const current = useRef(0);
  const [state, setState] = useState<JobState>({ status: 'idle' });

  const ensure = useCallback((): WorkerPool => {
    pool.current ??= createWorkerPool(startWorker);
    return pool.current;
  }, []);

  const stopAll = useCallback(() => {
    pool.current?.stop();
    pool.current = null;
  }, []);

  useEffect(() => stopAll, [stopAll]);

  const run = useCallback(
    (job: JobRequest, total: number, unit: JobUnit) => {
      const id = ++current.current;
      const live = () => current.current === id;
      setState({ status: 'running', done: 0, total, unit });
      const onProgress = (done: number, all: number) => {
        if (live()) setState({ status: 'running', done, total: all, unit });
      };
      const workers = ensure();
      const started = async (): Promise<JobResult> => {
        const data = compiledOf(job.dataset);
        if (job.kind === 'optimise') {
          const count = workerCount(navigator.hardwareConcurrency, total);
          return splitOptimise(job, data, count, workers.run, onProgress);
        }
        const { dataset: _raw, ...rest } = job;
        return backtestResult(await workers.run(0, { ...rest, data }, onProgress));
      };
      started().then(
        (result) => {
          if (live()) setState({ status: 'done', result });
        },
        (error: unknown) => {
          if (!live()) return;
          stopAll(); // the other chunks of a failed optimisation would only waste the cores
          setState({ status: 'error', message: errorText(error) });
        },
      );
    },
    [ensure, stopAll],
  );

  const cancel = useCallback(() => {
    current.current += 1;
    stopAll();
    setState((s) => (s.status === 'running' ? { status: 'cancelled', done: s.done, total: s.total } : s));
  }, [stopAll]);

  return { state, run, cancel };
}
