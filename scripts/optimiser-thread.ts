import { parentPort } from 'node:worker_threads';
import { createJobHandler, type FromWorker, type ToWorker } from '../lib/app/research/optimiser/backtest-job';

/**
 * The dashboard's backtest worker (entrypoints/dashboard/backtest.worker.ts) as a Node worker
 * thread: the same job handler, wired to parentPort instead of a Web Worker's scope. Started by
 * optimiser-threads.ts for the CLI (scripts/backtest.ts --workers) and the bench.
 */
const port = parentPort;
if (!port) throw new Error('optimiser-thread.ts runs as a worker thread');
const handle = createJobHandler(
  (message: FromWorker) => port.postMessage(message),
  () => new Promise((resolve) => setImmediate(resolve)),
);
port.on('message', (message: ToWorker) => {
  void handle(message);
});
