import { electCandidate } from './edge/edge-ranking';
import type { Objective } from './optimiser';
import type { ChunkPass, ChunkResult, PassPeriod } from './optimiser-chunks';
import { mergeChunks } from './optimiser-chunks';
import { type Fold, foldOf, type WalkForwardResult, type Window } from './walk-forward';

/**
 * `walkForward` rebuilt from chunk passes. Fold i trains on window i and tests on window i + 1, which
 * is the next fold's training window: the winner's out-of-sample run is its own evaluation there. Only
 * the last window is no training window, so the last fold's winner needs one more run on it
 * (`lastTestPeriod`). Same numbers, same verdicts as `walkForward`.
 */

/** The training windows of a k-window walk-forward: 0 … k − 2. */
export function trainingPeriods(k: number): PassPeriod[] {
  if (k < 2) throw new RangeError('walk-forward needs at least 2 windows');
  return Array.from({ length: k - 1 }, (_, index) => ({ index, of: k }));
}

/** The last window (only ever a test window). */
export function lastTestPeriod(k: number): PassPeriod {
  return { index: k - 1, of: k };
}

/**
 * Folds from merged chunks: passes `firstPass` … of every chunk are the training windows (in order,
 * as `trainingPeriods` lists them); `lastTest` is the last fold's winner evaluated on the last window
 * (no set when there was no winner).
 */
export function walkForwardFromChunks(
  parts: readonly ChunkResult[],
  firstPass: number,
  lastTest: ChunkPass,
  objective: Objective,
): WalkForwardResult {
  const notes = parts[0]?.notes ?? [];
  if (parts.some((p) => p.cancelled)) return { folds: [], cancelled: true, notes };
  const trainingPasses = (parts[0]?.passes ?? []).slice(firstPass);
  const trained = trainingPasses.map((pass, i) => {
    if (!pass.window) throw new RangeError(`pass ${firstPass + i} is not a walk-forward window`);
    return { window: pass.window, result: mergeChunks(parts, firstPass + i) };
  });
  const lastWindow = lastTest.window;
  if (!lastWindow) throw new RangeError('the last test pass has no window');
  const folds: Fold[] = trained.map(({ window: train, result }, i) => {
    const next = trained[i + 1];
    const test: Window = next ? next.window : lastWindow;
    const tested = next ? next.result.ranked : lastTest.evaluated;
    const { best, status } = electCandidate(result.ranked);
    const outOfSample = best ? (tested.find((c) => c.index === best.index)?.summary ?? null) : null;
    return foldOf(train, test, best, outOfSample, objective, status);
  });
  return { folds, cancelled: false, notes };
}
