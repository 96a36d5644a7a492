import { useCallback, useEffect, useRef, useState } from 'react';
import type { FromWorker, JobRequest, JobResult, JobUnit, ToWorker } from './backtest-job';

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; unit: JobUnit }
  | { status: 'done'; result: JobResult }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

function startWorker(): Worker {
  return new Worker(new URL('./backtest.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * One backtest Web Worker for the page: run a job with progress counts, cancel it (a message, then
 * the worker is replaced if it does not answer at once — a walk-forward cannot be interrupted).
 */
export function useBacktestWorker() {
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const [state, setState] = useState<JobState>({ status: 'idle' });

  const onMessage = useCallback((event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.id !== current.current) return;
    if (message.type === 'progress')
      setState({ status: 'running', done: message.done, total: message.total, unit: message.unit });
    else if (message.type === 'result') setState({ status: 'done', result: message.result });
    else if (message.type === 'cancelled')
      setState({ status: 'cancelled', done: message.done, total: message.total });
    else setState({ status: 'error', message: message.message });
  }, []);

  const ensure = useCallback((): Worker => {
    if (!worker.current) {
      worker.current = startWorker();
      worker.current.onmessage = onMessage;
      worker.current.onerror = (e) =>
        setState({ status: 'error', message: e.message || 'The worker failed.' });
    }
    return worker.current;
  }, [onMessage]);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(
    (job: JobRequest, total: number, unit: JobUnit) => {
      current.current += 1;
      setState({ status: 'running', done: 0, total, unit });
      const message: ToWorker = { type: 'run', id: current.current, job };
      ensure().postMessage(message);
    },
    [ensure],
  );

  const cancel = useCallback(() => {
    const id = current.current;
    const w = worker.current;
    if (!w) return;
    const message: ToWorker = { type: 'cancel', id };
    w.postMessage(message);
    const grace = setTimeout(() => {
      if (current.current !== id) return;
      w.terminate();
      if (worker.current === w) worker.current = null;
      setState((s) => (s.status === 'running' ? { status: 'cancelled', done: s.done, total: s.total } : s));
    }, 300);
    const stop = (event: MessageEvent<FromWorker>) => {
      if (event.data.id === id && event.data.type !== 'progress') clearTimeout(grace);
    };
    w.addEventListener('message', stop);
  }, []);

  return { state, run, cancel };
}
