import type { CompiledDataset } from '../../../core/backtest/compiled-dataset';
import { type ChunkResult, mergeChunks, type PassPeriod } from '../../../core/backtest/optimiser-chunks';
import {
  lastTestPeriod,
  trainingPeriods,
  walkForwardFromChunks,
} from '../../../core/backtest/walk-forward-chunks';
import {
  type OptimiseJobResult,
  type OptimiseRequest,
  type OptimiseWork,
  TOP_CANDIDATES,
  type WorkerJob,
  type WorkerResult,
} from './backtest-job';

/** More workers than this buys little (memory: each holds a copy of the dataset's columns). */
export const MAX_WORKERS = 4;

/** min(cores, MAX_WORKERS, sets), at least 1. */
export function workerCount(hardwareConcurrency: number | undefined, sets: number): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency as number) : 1;
  return Math.max(1, Math.min(cores, MAX_WORKERS, Math.floor(sets)));
}

/** Runs one job on worker `worker` (0 … workers − 1) and resolves with its result. */
export type RunOnWorker = (
  worker: number,
  job: WorkerJob,
  onProgress: (done: number, total: number) => void,
) => Promise<WorkerResult>;

function chunkOf(result: WorkerResult): ChunkResult {
  if (result.kind !== 'optimise-chunk') throw new Error(`expected an optimise chunk, got ${result.kind}`);
  return result.chunk;
}

/**
 * The optimiser across `workers` workers: worker c evaluates every `workers`-th set from c on, on the
 * whole period and on each walk-forward training window; the page merges the chunks. The result is
 * exactly the one-worker (and the core `optimise` + `walkForward`) result, whatever `workers` is.
 * Progress adds up the chunks. The page keeps the best TOP_CANDIDATES, the CLI its --top. The last walk-forward fold needs one more run (its winner on the last
 * window), done on worker 0 after the merge.
 */
export async function splitOptimise(
  request: Omit<OptimiseRequest, 'kind' | 'dataset'>,
  data: CompiledDataset,
  workers: number,
  run: RunOnWorker,
  onProgress: (done: number, total: number) => void,
  top = TOP_CANDIDATES,
): Promise<OptimiseJobResult> {
  const { strategy, params, initialCash, search, objective, folds, fill, edge } = request;
  const work: OptimiseWork = {
    data,
    strategy,
    params,
    initialCash,
    search,
    objective,
    ...(fill ? { fill } : {}),
    ...(edge ? { edge } : {}),
  };
  const walk = folds >= 3;
  const periods: PassPeriod[] = [null, ...(walk ? trainingPeriods(folds) : [])];
  const done: number[] = Array.from({ length: workers }, () => 0);
  const parts = await Promise.all(
    done.map((_, chunk) =>
      run(chunk, { kind: 'optimise-chunk', work, part: { chunk, of: workers }, periods }, (d, total) => {
        done[chunk] = d;
        onProgress(
          done.reduce((a, b) => a + b, 0),
          total,
        );
      }).then(chunkOf),
    ),
  );
  const result = mergeChunks(parts);
  let walkForward: OptimiseJobResult['walkForward'] = null;
  if (walk) {
    const winner = mergeChunks(parts, periods.length - 1).best;
    const last = chunkOf(
      await run(
        0,
        {
          kind: 'optimise-chunk',
          work,
          part: { indexes: winner ? [winner.index] : [] },
          periods: [lastTestPeriod(folds)],
        },
        () => {},
      ),
    );
    const lastTest = last.passes[0];
    if (!lastTest) throw new Error('the last walk-forward window was not evaluated');
    walkForward = walkForwardFromChunks(parts, 1, lastTest, objective);
  }
  return {
    kind: 'optimise',
    strategy,
    objective,
    ranked: result.ranked.slice(0, top),
    runs: result.runs,
    skipped: result.skipped,
    notes: result.notes,
    walkForward,
  };
}
