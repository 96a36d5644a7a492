import { type CompiledDataset, compileDataset } from '../../../core/backtest/compiled-dataset';
import type { Dataset } from '../../../core/backtest/dataset';
import type { JobRequest, JobResult, WorkerResult } from './backtest-job';
import { splitOptimise, workerCount } from './split-optimise';
import { createWorkerPool, type WorkerLike, type WorkerPool } from './worker-pool';

/** What the dashboard's Backtest tab asks of the page's workers (the view holds only this type). */
export interface BacktestRunner {
  /** Run one job; `total` is the number of units (strategies or parameter sets) for the progress. */
  run(job: JobRequest, total: number, onProgress: (done: number, total: number) => void): Promise<JobResult>;
  /** The dataset's compiled columns, compiled once per loaded dataset object (runs and the report share it). */
  compiled(dataset: Dataset): CompiledDataset;
  /** Terminate every worker (cancel, failure, page closed); they start again for the next job. */
  stop(): void;
}

function backtestResult(result: WorkerResult): JobResult {
  if (result.kind !== 'backtest') throw new Error(`expected a backtest result, got ${result.kind}`);
  return result;
}

/**
 * The page's backtest workers: a backtest runs on one, the optimiser splits its parameter sets across
 * min(cores, 4, sets) of them (split-optimise.ts, the driver the CLI runs on Node threads; same result
 * as one worker). A dataset is compiled once per loaded object: its columns clone to each worker far
 * faster than the dataset's millions of point objects would.
 */
export function createBacktestRunner(startWorker: () => WorkerLike, cores: number): BacktestRunner {
  let pool: WorkerPool | null = null;
  const compiled = new WeakMap<Dataset, CompiledDataset>();
  const compiledOf = (dataset: Dataset): CompiledDataset => {
    const known = compiled.get(dataset);
    if (known) return known;
    const data = compileDataset(dataset);
    compiled.set(dataset, data);
    return data;
  };
  return {
    compiled: compiledOf,
    async run(job, total, onProgress) {
      pool ??= createWorkerPool(startWorker);
      const workers = pool;
      const data = compiledOf(job.dataset);
      if (job.kind === 'optimise')
        return splitOptimise(job, data, workerCount(cores, total), workers.run, onProgress);
      const { dataset: _raw, ...rest } = job;
      return backtestResult(await workers.run(0, { ...rest, data }, onProgress));
    },
    stop() {
      pool?.stop();
      pool = null;
    },
  };
}
