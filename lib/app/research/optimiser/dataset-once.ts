import type { CompiledDataset } from '../../../core/backtest/compiled-dataset';
import type { OptimiseWork, WorkerJob } from './backtest-job';

/**
 * A job's dataset crosses to a worker once (its columns are the bulk of every message): the pool
 * sends it with a key, then jobs name it by that key and the worker puts it back (worker-pool.ts,
 * createJobHandler).
 */
export interface DatasetKey {
  datasetKey: number;
}

type BacktestJob = Extract<WorkerJob, { kind: 'backtest' }>;
type ChunkJob = Extract<WorkerJob, { kind: 'optimise-chunk' }>;

/** A job as it crosses: its dataset replaced by the key the worker holds it under. */
export type KeyedJob =
  | (Omit<BacktestJob, 'data'> & { data: DatasetKey })
  | (Omit<ChunkJob, 'work'> & { work: Omit<OptimiseWork, 'data'> & { data: DatasetKey } });

export function jobDataset(job: WorkerJob): CompiledDataset {
  return job.kind === 'backtest' ? job.data : job.work.data;
}

export function keyedJob(job: WorkerJob, datasetKey: number): KeyedJob {
  const data = { datasetKey };
  return job.kind === 'backtest' ? { ...job, data } : { ...job, work: { ...job.work, data } };
}

export function unkeyedJob(job: KeyedJob, data: CompiledDataset): WorkerJob {
  return job.kind === 'backtest' ? { ...job, data } : { ...job, work: { ...job.work, data } };
}
