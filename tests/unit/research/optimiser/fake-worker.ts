import {
  createJobHandler,
  type FromWorker,
  type ToWorker,
} from '../../../../lib/app/research/optimiser/backtest-job';
import type { WorkerLike } from '../../../../lib/app/research/optimiser/worker-pool';

export const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface FakeWorker extends WorkerLike {
  terminated: boolean;
  crash(message: string): void;
}

/** A worker running the real job handler in process; messages are cloned and delivered a tick later. */
export function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(message: ToWorker) {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!worker.terminated) void handle(copy);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
    crash(message) {
      worker.onerror?.({ message } as ErrorEvent);
    },
  };
  const handle = createJobHandler((message) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!worker.terminated) worker.onmessage?.({ data: copy } as MessageEvent<FromWorker>);
    }, 0);
  }, tick);
  return worker;
}
