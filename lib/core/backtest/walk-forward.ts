import type { CompiledDataset } from './compiled-dataset';
import { electCandidate, type FoldStatus } from './edge/edge-ranking';
import {
  type Candidate,
  evaluateCandidate,
  type Objective,
  type OptimiseOptions,
  objectiveScore,
  optimise,
} from './optimiser';
import type { ParamSet } from './param-space';
import type { ReportSummary } from './report';

export interface Window {
  from: number;
  /** Exclusive. */
  to: number;
}

export interface Fold {
  train: Window;
  test: Window;
  best: ParamSet | null;
  inSample: number | null;
  outOfSample: number | null;
  outOfSampleSummary: ReportSummary | null;
  /** How the training window elected `best` (`no_data`: no trade there, nothing elected). */
  status: FoldStatus;
  warning: string | null;
}

export interface WalkForwardResult {
  folds: Fold[];
  cancelled: boolean;
  notes: string[];
}

/** k equal windows covering [start, end] (the last one includes end). */
export function splitWindows(start: number, end: number, k: number): Window[] {
  if (k < 2) throw new RangeError('walk-forward needs at least 2 windows');
  const width = (end - start + 1) / k;
  return Array.from({ length: k }, (_, i) => ({
    from: Math.floor(start + i * width),
    to: i === k - 1 ? end + 1 : Math.floor(start + (i + 1) * width),
  }));
}

/** How in-sample and out-of-sample disagree (the UI words each kind in its language). */
export type DisagreementKind = 'no_result' | 'sign_flip' | 'decay';

/** A sign flip, or out-of-sample below half the in-sample result; null when they agree well enough. */
export function disagreementKind(inSample: number, outOfSample: number): DisagreementKind | null {
  if (!Number.isFinite(inSample) || !Number.isFinite(outOfSample)) return 'no_result';
  if (Math.sign(inSample) !== Math.sign(outOfSample) && inSample !== 0 && outOfSample !== 0) {
    return 'sign_flip';
  }
  return inSample > 0 && outOfSample < inSample * 0.5 ? 'decay' : null;
}

/**
 * When in-sample and out-of-sample disagree, say so: a sign flip, or out-of-sample below half the
 * in-sample result. Null when they agree well enough.
 */
export function disagreement(inSample: number, outOfSample: number): string | null {
  const kind = disagreementKind(inSample, outOfSample);
  if (kind === 'no_result') return 'no comparable result in one window';
  if (kind === 'sign_flip') {
    return `sign flip: in-sample ${inSample.toFixed(4)}, out-of-sample ${outOfSample.toFixed(4)}`;
  }
  if (kind === 'decay') {
    return `out-of-sample ${outOfSample.toFixed(4)} is more than 50 % below in-sample ${inSample.toFixed(4)}`;
  }
  return null;
}

/** The fold record for the winner of a training window and its result on the next one. */
export function foldOf(
  train: Window,
  test: Window,
  best: Candidate | null,
  outOfSampleSummary: ReportSummary | null,
  objective: Objective,
  status: FoldStatus = best ? 'ok' : 'no_candidate',
): Fold {
  const inSample = best ? best.score : null;
  const outOfSample = outOfSampleSummary ? objectiveScore(outOfSampleSummary, objective) : null;
  return {
    train,
    test,
    best: best ? best.set : null,
    inSample,
    outOfSample,
    outOfSampleSummary,
    status,
    warning:
      inSample !== null && outOfSample !== null ? disagreement(inSample, outOfSample) : FOLD_WARNINGS[status],
  };
}

const FOLD_WARNINGS: Record<FoldStatus, string> = {
  ok: 'no candidate ran',
  no_candidate: 'no candidate ran',
  no_data: 'no data: no trade in the training window',
  not_rankable: 'no candidate has a score in the training window',
};

/** Optimise on window i, report the winner on window i + 1, for i = 0 … k − 2. */
export function walkForward(
  data: CompiledDataset,
  candidates: readonly ParamSet[],
  k: number,
  options: OptimiseOptions,
): WalkForwardResult {
  const windows = splitWindows(data.start, data.end, k);
  const folds: Fold[] = [];
  let notes: string[] = [];
  const total = (k - 1) * (candidates.length + 1);
  for (let i = 0; i + 1 < windows.length; i++) {
    const train = windows[i] as Window;
    const test = windows[i + 1] as Window;
    const done = i * (candidates.length + 1);
    const result = optimise(data, candidates, {
      ...options,
      settings: { ...options.settings, from: train.from, to: train.to },
      onProgress: (p) => options.onProgress?.({ done: done + p.done, total }),
    });
    notes = result.notes;
    if (result.cancelled) return { folds, cancelled: true, notes };
    const { best, status } = electCandidate(result.ranked);
    const settings = { ...options.settings, from: test.from, to: test.to };
    const outOfSample = best ? evaluateCandidate(data, best.set, best.index, { ...options, settings }) : null;
    options.onProgress?.({ done: done + candidates.length + 1, total });
    folds.push(foldOf(train, test, best, outOfSample?.summary ?? null, options.objective, status));
  }
  return { folds, cancelled: false, notes };
}
