import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../lib/core/backtest/dataset';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, runBacktest } from '../../../lib/core/backtest/engine';
import {
  type CancelFlag,
  type Candidate,
  type Objective,
  optimiseSteps,
} from '../../../lib/core/backtest/optimiser';
import {
  gridCandidates,
  type ParamGrid,
  type ParamSet,
  type RandomSpace,
  randomCandidates,
} from '../../../lib/core/backtest/param-space';
import { type BacktestReport, buildReport } from '../../../lib/core/backtest/report';
import { type WalkForwardResult, walkForward } from '../../../lib/core/backtest/walk-forward';
import { createStrategy, type StrategyName } from '../../../lib/core/strategies/registry';
import type { StrategyParams } from '../../../lib/core/strategy/params';

/** What the page asks the backtest worker to do (plain data: it crosses postMessage). */
export type JobRequest =
  | {
      kind: 'backtest';
      dataset: Dataset;
      strategies: StrategyName[];
      params: StrategyParams;
      initialCash: number;
    }
  | {
      kind: 'optimise';
      dataset: Dataset;
      strategy: StrategyName;
      params: StrategyParams;
      initialCash: number;
      search:
        | { mode: 'grid'; grid: ParamGrid }
        | { mode: 'random'; space: RandomSpace; count: number; seed: number };
      objective: Objective;
      /** Walk-forward windows (0: none; ≥ 3 optimises on each window and tests on the next). */
      folds: number;
    };

export type JobUnit = 'strategies' | 'sets';

export type JobResult =
  | { kind: 'backtest'; reports: BacktestReport[] }
  | {
      kind: 'optimise';
      strategy: StrategyName;
      objective: Objective;
      /** Best first, at most TOP_CANDIDATES. */
      ranked: Candidate[];
      runs: number;
      skipped: number;
      notes: string[];
      walkForward: WalkForwardResult | null;
    };

/** Page → worker. */
export type ToWorker = { type: 'run'; id: number; job: JobRequest } | { type: 'cancel'; id: number };

/** Worker → page. */
export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; unit: JobUnit }
  | { type: 'result'; id: number; result: JobResult }
  | { type: 'cancelled'; id: number; done: number; total: number }
  | { type: 'error'; id: number; message: string };

export const TOP_CANDIDATES = 10;

export interface JobHooks {
  onProgress: (done: number, total: number, unit: JobUnit) => void;
  signal: CancelFlag;
  /** Awaited between runs so a cancel message can arrive (the worker yields to its event loop). */
  pause: () => Promise<void>;
}

export class JobCancelled extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super('cancelled');
  }
}

function engineSettings(initialCash: number): EngineSettings {
  return { ...DEFAULT_ENGINE_SETTINGS, initialCash };
}

async function backtest(job: Extract<JobRequest, { kind: 'backtest' }>, hooks: JobHooks): Promise<JobResult> {
  const data = compileDataset(job.dataset);
  const reports: BacktestReport[] = [];
  const total = job.strategies.length;
  for (const [i, name] of job.strategies.entries()) {
    if (hooks.signal.aborted) throw new JobCancelled(i, total);
    reports.push(
      buildReport(runBacktest(data, createStrategy(name, job.params), engineSettings(job.initialCash))),
    );
    hooks.onProgress(i + 1, total, 'strategies');
    await hooks.pause();
  }
  return { kind: 'backtest', reports };
}

function candidatesOf(search: Extract<JobRequest, { kind: 'optimise' }>['search']): ParamSet[] {
  return search.mode === 'grid'
    ? gridCandidates(search.grid)
    : randomCandidates(search.space, search.count, search.seed);
}

async function optimiseJob(
  job: Extract<JobRequest, { kind: 'optimise' }>,
  hooks: JobHooks,
): Promise<JobResult> {
  const data = compileDataset(job.dataset);
  const candidates = candidatesOf(job.search);
  const options = {
    strategy: job.strategy,
    base: job.params,
    settings: engineSettings(job.initialCash),
    objective: job.objective,
    signal: hooks.signal,
  };
  const steps = optimiseSteps(data, candidates, options);
  let step = steps.next();
  while (!step.done) {
    hooks.onProgress(step.value.done, step.value.total, 'sets');
    await hooks.pause();
    step = steps.next();
  }
  const result = step.value;
  if (result.cancelled) throw new JobCancelled(result.runs + result.skipped, candidates.length);
  // Walk-forward runs synchronously; the page cancels it by terminating the worker.
  const wf =
    job.folds >= 3
      ? walkForward(data, candidates, job.folds, {
          ...options,
          onProgress: (p) => hooks.onProgress(p.done, p.total, 'sets'),
        })
      : null;
  return {
    kind: 'optimise',
    strategy: job.strategy,
    objective: job.objective,
    ranked: result.ranked.slice(0, TOP_CANDIDATES),
    runs: result.runs,
    skipped: result.skipped,
    notes: result.notes,
    walkForward: wf,
  };
}

/** The worker's whole logic, callable directly (tests) — the worker file only wires messages to it. */
export function runJob(job: JobRequest, hooks: JobHooks): Promise<JobResult> {
  return job.kind === 'backtest' ? backtest(job, hooks) : optimiseJob(job, hooks);
}

/**
 * Handle one page message; `post` sends the answers. Keeps the cancel flags of running jobs, so a
 * 'cancel' for job N stops it at the next pause.
 */
export function createJobHandler(post: (message: FromWorker) => void, pause: () => Promise<void>) {
  const flags = new Map<number, { aborted: boolean }>();
  return async (message: ToWorker): Promise<void> => {
    if (message.type === 'cancel') {
      const flag = flags.get(message.id);
      if (flag) flag.aborted = true;
      return;
    }
    const flag = { aborted: false };
    flags.set(message.id, flag);
    const { id } = message;
    try {
      const result = await runJob(message.job, {
        onProgress: (done, total, unit) => post({ type: 'progress', id, done, total, unit }),
        signal: flag,
        pause,
      });
      post({ type: 'result', id, result });
    } catch (error) {
      if (error instanceof JobCancelled)
        post({ type: 'cancelled', id, done: error.done, total: error.total });
      else post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      flags.delete(id);
    }
  };
}
