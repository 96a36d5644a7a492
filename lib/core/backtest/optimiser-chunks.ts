import type { CompiledDataset } from './compiled-dataset';
import {
  type Candidate,
  evaluateCandidate,
  meaningfulSets,
  type OptimiseOptions,
  type OptimiseResult,
  rankCandidates,
} from './optimiser';
import type { ParamSet } from './param-space';
import { splitWindows, type Window } from './walk-forward';

/**
 * The optimiser split into chunks of parameter-set indexes (one per worker) and merged back. The runs
 * are independent and the ranking is a total order (score, then index), so merging every chunk gives
 * exactly what `optimise` gives, whatever the split.
 */

/** Which sets a chunk evaluates: every `of`-th index from `chunk` on, or an explicit list. */
export type ChunkPart = { chunk: number; of: number } | { indexes: readonly number[] };

/** The period a pass evaluates: the settings' own (null) or window `index` of `of` equal windows. */
export type PassPeriod = { index: number; of: number } | null;

export interface ChunkPass {
  /** The window this pass ran on, null for the settings' own period. */
  window: Window | null;
  /** In index order. */
  evaluated: Candidate[];
  skipped: number;
}

export interface ChunkResult {
  /** One per period asked, in the order asked. */
  passes: ChunkPass[];
  /** Indexes evaluated (on every pass). */
  done: number;
  cancelled: boolean;
  notes: string[];
}

/** The steps report this chunk's indexes done, out of every meaningful set of the optimisation. */
export interface ChunkProgress {
  done: number;
  total: number;
}

/**
 * Round-robin (not contiguous) so that a grid, whose run cost varies with position, spreads evenly.
 * Chunks 0 … of − 1 cover 0 … count − 1 exactly once.
 */
export function chunkIndexes(count: number, chunk: number, of: number): number[] {
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(chunk) || chunk < 0 || chunk >= of)
    throw new RangeError(`chunk ${chunk} of ${of} is not a valid split`);
  const out: number[] = [];
  for (let i = chunk; i < count; i += of) out.push(i);
  return out;
}

function indexesOf(part: ChunkPart, count: number): number[] {
  if ('indexes' in part) {
    const bad = part.indexes.find((i) => !Number.isInteger(i) || i < 0 || i >= count);
    if (bad !== undefined) throw new RangeError(`set index ${bad} is out of range (0 … ${count - 1})`);
    return [...part.indexes];
  }
  return chunkIndexes(count, part.chunk, part.of);
}

function windowOf(data: CompiledDataset, period: PassPeriod): Window | null {
  if (period === null) return null;
  const span = splitWindows(data.start, data.end, period.of)[period.index];
  if (!span) throw new RangeError(`window ${period.index} of ${period.of} does not exist`);
  return span;
}

/**
 * Evaluate one chunk's sets on every asked period (the same set indexes as `optimise` would use:
 * `meaningfulSets` is applied first). Yields after each index, like `optimiseSteps`, and stops between
 * indexes when the signal is raised.
 */
export function* evaluateChunkSteps(
  data: CompiledDataset,
  candidates: readonly ParamSet[],
  part: ChunkPart,
  periods: readonly PassPeriod[],
  options: Omit<OptimiseOptions, 'onProgress'>,
): Generator<ChunkProgress, ChunkResult, void> {
  const { sets, notes } = meaningfulSets(data, candidates);
  const indexes = indexesOf(part, sets.length);
  const passes = periods.map((period) => {
    const span = windowOf(data, period);
    const settings = span ? { ...options.settings, from: span.from, to: span.to } : options.settings;
    const pass: ChunkPass = { window: span, evaluated: [], skipped: 0 };
    return { pass, settings };
  });
  let done = 0;
  let cancelled = false;
  for (const index of indexes) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const set = sets[index] as ParamSet;
    for (const { pass, settings } of passes) {
      const candidate = evaluateCandidate(data, set, index, { ...options, settings });
      if (candidate === null) pass.skipped++;
      else pass.evaluated.push(candidate);
    }
    done++;
    yield { done, total: sets.length };
  }
  return { passes: passes.map((p) => p.pass), done, cancelled, notes };
}

/** Drive `evaluateChunkSteps` straight through (Node, tests). */
export function evaluateChunk(
  data: CompiledDataset,
  candidates: readonly ParamSet[],
  part: ChunkPart,
  periods: readonly PassPeriod[],
  options: Omit<OptimiseOptions, 'onProgress'>,
): ChunkResult {
  const steps = evaluateChunkSteps(data, candidates, part, periods, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Pass `pass` of every chunk, ranked as one optimisation (what `optimise` returns for that period). */
export function mergeChunks(parts: readonly ChunkResult[], pass = 0): OptimiseResult {
  const ranked: Candidate[] = [];
  let skipped = 0;
  for (const part of parts) {
    const p = part.passes[pass];
    if (!p) throw new RangeError(`a chunk has no pass ${pass}`);
    ranked.push(...p.evaluated);
    skipped += p.skipped;
  }
  rankCandidates(ranked);
  return {
    ranked,
    best: ranked[0] ?? null,
    runs: ranked.length,
    skipped,
    cancelled: parts.some((p) => p.cancelled),
    notes: parts[0]?.notes ?? [],
  };
}
