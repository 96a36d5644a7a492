import { parentPort } from 'node:worker_threads';
import {
  createJobHandler,
  type FromWorker,
  type ToWorker,
} from '../../../components/dashboard/backtest/backtest-job';

/**
 * The dashboard's backtest worker (components/dashboard/backtest/backtest.worker.ts) as a Node worker
 * thread: the same job handler, wired to parentPort instead of a Web Worker's scope.
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
