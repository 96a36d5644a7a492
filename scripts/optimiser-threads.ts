import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from '../lib/app/research/optimiser/backtest-job';
import {
  createWorkerPool,
  type WorkerLike,
  type WorkerPool,
} from '../lib/app/research/optimiser/worker-pool';

const THREAD = new URL('./optimiser-thread.ts', import.meta.url).href;
/** tsx's loader is not inherited by worker threads on Node 20: register it, then load the thread. */
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((api) => { api.register(); return import(${JSON.stringify(THREAD)}); });`;

/** A worker thread dressed as the Web Worker the dashboard's pool expects. */
function spawnThread(): WorkerLike {
  const thread = new Worker(BOOT, { eval: true });
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message: ToWorker) => thread.postMessage(message),
    terminate: () => void thread.terminate(),
  };
  thread.on('message', (data: FromWorker) => like.onmessage?.({ data } as MessageEvent<FromWorker>));
  thread.on('error', (error: Error) => like.onerror?.({ message: error.message } as ErrorEvent));
  return like;
}

/**
 * The dashboard's worker pool (same routing, same split: lib/app/research/optimiser) over Node worker
 * threads, for the CLI and the bench. Run under tsx (npm run backtest, npm run bench).
 */
export function createThreadPool(): WorkerPool {
  return createWorkerPool(spawnThread);
}
