import type { CompiledDataset } from '../../../core/backtest/compiled-dataset';
import { temporaryError } from '../../../errors/app-error';
import type { FromWorker, ToWorker, WorkerJob, WorkerResult } from './backtest-job';
import { JobCancelled } from './backtest-job';
import { jobDataset, keyedJob } from './dataset-once';

/** What the pool uses of a Web Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Raised for the jobs still running when the pool is stopped. */
export class PoolStopped extends Error {
  constructor() {
    super('the backtest workers were stopped');
  }
}

interface Pending {
  worker: number;
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
  onProgress: (done: number, total: number) => void;
}

export interface WorkerPool {
  /** Runs a job on worker `worker` (started on first use). */
  run(
    worker: number,
    job: WorkerJob,
    onProgress: (done: number, total: number) => void,
  ): Promise<WorkerResult>;
  /** Terminates every worker at once; their running jobs reject with PoolStopped. */
  stop(): void;
}

/**
 * Backtest workers started on demand and kept for the next job, each sent a dataset once (its columns
 * are most of every job: the optimiser's chunks and the walk-forward's last run name it by key). Answers are routed to their job by
 * id; a worker that crashes fails its own jobs and is replaced on next use.
 */
export function createWorkerPool(spawn: () => WorkerLike): WorkerPool {
  const workers = new Map<number, WorkerLike>();
  /** The dataset each worker holds (sent once, then named by key). */
  const held = new Map<number, { data: CompiledDataset; key: number }>();
  let nextKey = 0;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const receive = (message: FromWorker) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress(message.done, message.total);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'result') job.resolve(message.result);
    else if (message.type === 'cancelled') job.reject(new JobCancelled(message.done, message.total));
    else job.reject(new Error(message.message));
  };

  const failWorker = (index: number, error: Error) => {
    workers.get(index)?.terminate();
    workers.delete(index);
    held.delete(index);
    for (const [id, job] of pending) {
      if (job.worker !== index) continue;
      pending.delete(id);
      job.reject(error);
    }
  };

  const workerAt = (index: number): WorkerLike => {
    const existing = workers.get(index);
    if (existing) return existing;
    const worker = spawn();
    worker.onmessage = (event) => receive(event.data);
    worker.onerror = (event) =>
      failWorker(index, temporaryError(event.message || 'The worker failed.', { code: 'worker_failed' }));
    workers.set(index, worker);
    return worker;
  };

  return {
    run(worker, job, onProgress) {
      const id = ++nextId;
      return new Promise<WorkerResult>((resolve, reject) => {
        pending.set(id, { worker, resolve, reject, onProgress });
        try {
          const target = workerAt(worker);
          const data = jobDataset(job);
          let holds = held.get(worker);
          if (holds === undefined || holds.data !== data) {
            holds = { data, key: ++nextKey };
            target.postMessage({ type: 'dataset', key: holds.key, data });
            held.set(worker, holds);
          }
          target.postMessage({ type: 'run-keyed', id, job: keyedJob(job, holds.key) });
        } catch (error) {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    stop() {
      for (const worker of workers.values()) worker.terminate();
      workers.clear();
      held.clear();
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new PoolStopped());
    },
  };
}
