import type { CompiledDataset } from '../../../core/backtest/compiled-dataset';
import type { Dataset } from '../../../core/backtest/dataset';
import { type RunBaselines, runBaselines } from '../../../core/backtest/edge/baselines';
import type { EdgeOptions } from '../../../core/backtest/edge/edge-stats';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings, runBacktest } from '../../../core/backtest/engine';
import {
  type EntryMethodOption,
  entryMethodRuns,
  namesEntryMethod,
} from '../../../core/backtest/entry-method-runs';
import type { FillModelSettings } from '../../../core/backtest/fill-model';
import type { CancelFlag, Candidate, Objective } from '../../../core/backtest/optimiser';
import {
  type ChunkPart,
  type ChunkResult,
  evaluateChunkSteps,
  type PassPeriod,
} from '../../../core/backtest/optimiser-chunks';
import {
  gridCandidates,
  type ParamGrid,
  type ParamSet,
  type RandomSpace,
  randomCandidates,
} from '../../../core/backtest/param-space';
import { type BacktestReport, buildReport } from '../../../core/backtest/report';
import type { WalkForwardResult } from '../../../core/backtest/walk-forward';
import type { StrategyParams } from '../../../core/rules/params';
import { createStrategy, type StrategyName } from '../../../core/strategies/registry';
import { type KeyedJob, unkeyedJob } from './dataset-once';

/** What the page asks for (BacktestView); the page turns it into worker jobs (use-backtest-worker.ts). */
export type JobRequest =
  | {
      kind: 'backtest';
      dataset: Dataset;
      strategies: StrategyName[];
      params: StrategyParams;
      initialCash: number;
      /** The book model on price-only data (the form's spread and depth); the default when absent. */
      fill?: FillModelSettings;
      /** Balanced entries by the books (when absent), split, auto, or both compared. */
      entryMethod?: EntryMethodOption;
    }
  | OptimiseRequest;

export interface OptimiseRequest {
  kind: 'optimise';
  dataset: Dataset;
  strategy: StrategyName;
  params: StrategyParams;
  initialCash: number;
  search: OptimiseSearch;
  objective: Objective;
  /** Walk-forward windows (0: none; ≥ 3 optimises on each window and tests on the next). */
  folds: number;
  /** The fill model, when not the default (the CLI's --spread / --depth, the dashboard's book model fields). */
  fill?: FillModelSettings;
  /** The edge verdict's options (the trade floor of `edgeLowerBound`); defaults when absent. */
  edge?: Partial<EdgeOptions>;
}

export type OptimiseSearch =
  | { mode: 'grid'; grid: ParamGrid }
  | { mode: 'random'; space: RandomSpace; count: number; seed: number };

/** An optimisation as the workers get it: the dataset compiled once by the page (columns clone fast). */
export type OptimiseWork = Omit<OptimiseRequest, 'kind' | 'dataset' | 'folds'> & { data: CompiledDataset };

/**
 * What one backtest worker does (plain data: it crosses postMessage). An optimisation is split into
 * chunks of parameter sets, one per worker, evaluated on the given periods (split-optimise.ts).
 */
export type WorkerJob =
  | {
      kind: 'backtest';
      data: CompiledDataset;
      strategies: StrategyName[];
      params: StrategyParams;
      initialCash: number;
      fill?: FillModelSettings;
      entryMethod?: EntryMethodOption;
    }
  | { kind: 'optimise-chunk'; work: OptimiseWork; part: ChunkPart; periods: PassPeriod[] };

export type JobUnit = 'strategies' | 'sets';

/** One report per strategy (per strategy and entry method when compared), and its baselines on the same markets (same order). */
export type BacktestResult = { kind: 'backtest'; reports: BacktestReport[]; baselines: RunBaselines[] };

export type OptimiseJobResult = {
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

export type JobResult = BacktestResult | OptimiseJobResult;

export type WorkerResult = BacktestResult | { kind: 'optimise-chunk'; chunk: ChunkResult };

/**
 * Page → worker. The pool sends a dataset once ('dataset', the worker keeps the latest one) and then
 * jobs that name it by key ('run-keyed'); 'run' carries its dataset itself.
 */
export type ToWorker =
  | { type: 'run'; id: number; job: WorkerJob }
  | { type: 'dataset'; key: number; data: CompiledDataset }
  | { type: 'run-keyed'; id: number; job: KeyedJob }
  | { type: 'cancel'; id: number };

/**
 * Worker → page. An optimise chunk's progress counts its own sets done, out of every set of the
 * optimisation (the page adds the chunks up).
 */
export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number; unit: JobUnit }
  | { type: 'result'; id: number; result: WorkerResult }
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

export function engineSettings(initialCash: number, fill?: FillModelSettings): EngineSettings {
  return fill
    ? { ...DEFAULT_ENGINE_SETTINGS, initialCash, fill }
    : { ...DEFAULT_ENGINE_SETTINGS, initialCash };
}

async function backtest(
  job: Extract<WorkerJob, { kind: 'backtest' }>,
  hooks: JobHooks,
): Promise<WorkerResult> {
  const reports: BacktestReport[] = [];
  const baselines: RunBaselines[] = [];
  const option = job.entryMethod ?? 'books';
  const runs = job.strategies.flatMap((name) => entryMethodRuns(option).map((method) => ({ name, method })));
  const total = runs.length;
  const settings = engineSettings(job.initialCash, job.fill);
  for (const [i, { name, method }] of runs.entries()) {
    if (hooks.signal.aborted) throw new JobCancelled(i, total);
    const result = runBacktest(job.data, createStrategy(name, job.params), {
      ...settings,
      entryMethod: method,
    });
    const report = buildReport(result);
    reports.push(namesEntryMethod(option) ? { ...report, entry: result.ctf } : report);
    baselines.push(runBaselines(job.data, result, settings));
    hooks.onProgress(i + 1, total, 'strategies');
    await hooks.pause();
  }
  return { kind: 'backtest', reports, baselines };
}

export function candidatesOf(search: OptimiseSearch): ParamSet[] {
  return search.mode === 'grid'
    ? gridCandidates(search.grid)
    : randomCandidates(search.space, search.count, search.seed);
}

async function optimiseChunk(
  job: Extract<WorkerJob, { kind: 'optimise-chunk' }>,
  hooks: JobHooks,
): Promise<WorkerResult> {
  const { work } = job;
  const candidates = candidatesOf(work.search);
  const steps = evaluateChunkSteps(work.data, candidates, job.part, job.periods, {
    strategy: work.strategy,
    base: work.params,
    settings: engineSettings(work.initialCash, work.fill),
    objective: work.objective,
    ...(work.edge ? { edge: work.edge } : {}),
    signal: hooks.signal,
  });
  let total = candidates.length;
  let step = steps.next();
  while (!step.done) {
    total = step.value.total;
    hooks.onProgress(step.value.done, total, 'sets');
    await hooks.pause();
    step = steps.next();
  }
  if (step.value.cancelled) throw new JobCancelled(step.value.done, total);
  return { kind: 'optimise-chunk', chunk: step.value };
}

/** The worker's whole logic, callable directly (tests) — the worker file only wires messages to it. */
export function runJob(job: WorkerJob, hooks: JobHooks): Promise<WorkerResult> {
  return job.kind === 'backtest' ? backtest(job, hooks) : optimiseChunk(job, hooks);
}
/**
 * Handle one page message; `post` sends the answers. Keeps the cancel flags of running jobs, so a
 * 'cancel' for job N stops it at the next pause.
 */
export function createJobHandler(post: (message: FromWorker) => void, pause: () => Promise<void>) {
  const flags = new Map<number, { aborted: boolean }>();
  let held: { key: number; data: CompiledDataset } | null = null;
  const unkey = (job: KeyedJob): WorkerJob => {
    const key = job.kind === 'backtest' ? job.data.datasetKey : job.work.data.datasetKey;
    if (held === null || held.key !== key)
      throw new Error('the worker does not hold the dataset this job names');
    return unkeyedJob(job, held.data);
  };
  return async (message: ToWorker): Promise<void> => {
    if (message.type === 'cancel') {
      const flag = flags.get(message.id);
      if (flag) flag.aborted = true;
      return;
    }
    if (message.type === 'dataset') {
      held = { key: message.key, data: message.data };
      return;
    }
    const flag = { aborted: false };
    flags.set(message.id, flag);
    const { id } = message;
    try {
      const job = message.type === 'run' ? message.job : unkey(message.job);
      const result = await runJob(job, {
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
