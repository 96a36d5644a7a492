/// <reference lib="webworker" />
import {
  createJobHandler,
  type FromWorker,
  type ToWorker,
} from '../../lib/app/research/optimiser/backtest-job';

/**
 * The dashboard's backtest Web Worker (toolchain.md "Work that needs a Worker"): runs backtests and
 * the optimiser through lib/core off the page's thread. All logic is in backtest-job.ts.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createJobHandler(
  (message: FromWorker) => scope.postMessage(message),
  () => new Promise((resolve) => setTimeout(resolve, 0)),
);
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
};
