import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { type OptimiseOptions, optimise } from '../../../lib/core/backtest/optimiser';
import {
  type ChunkResult,
  chunkIndexes,
  evaluateChunk,
  evaluateChunkSteps,
  mergeChunks,
  type PassPeriod,
} from '../../../lib/core/backtest/optimiser-chunks';
import { gridCandidates, type ParamSet, randomCandidates } from '../../../lib/core/backtest/param-space';
import { syntheticDataset } from '../../../lib/core/backtest/synthetic-dataset';
import { walkForward } from '../../../lib/core/backtest/walk-forward';
import {
  lastTestPeriod,
  trainingPeriods,
  walkForwardFromChunks,
} from '../../../lib/core/backtest/walk-forward-chunks';
import { DAY, params, settings } from './support';

const DATA = compileDataset(syntheticDataset({ markets: 10, spanMs: 40 * DAY, seed: 11 }));
const OPTIONS: OptimiseOptions = {
  strategy: 'balancing',
  base: params(),
  settings: settings(),
  objective: 'sharpe',
};
/** Includes nonsensical bands (skipped), an ignored opportunity threshold (deduplicated) and ties. */
const GRID = gridCandidates({
  divergenceThreshold: [0.15, 0.3, 0.95],
  stopLossEnabled: [true, false],
  bandLow: [0.2, 0.7],
  bandHigh: [0.6, 0.8],
  opportunityThreshold: [5, 9],
});
const RANDOM = randomCandidates(
  { takeProfit: { min: 0.1, max: 0.5, step: 0.05 }, stopLoss: { min: 0.05, max: 0.3 } },
  7,
  3,
);

function chunks(candidates: readonly ParamSet[], k: number, periods: PassPeriod[]): ChunkResult[] {
  return Array.from({ length: k }, (_, chunk) =>
    evaluateChunk(DATA, candidates, { chunk, of: k }, periods, OPTIONS),
  );
}

describe('optimiser chunks', () => {
  it('round-robin chunks cover every index exactly once', () => {
    for (const of of [1, 2, 3, 4]) {
      const all = Array.from({ length: of }, (_, c) => chunkIndexes(10, c, of)).flat();
      expect([...all].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(chunkIndexes(5, 1, 2)).toEqual([1, 3]);
    expect(chunkIndexes(1, 2, 3)).toEqual([]);
    expect(() => chunkIndexes(5, 2, 2)).toThrow(RangeError);
    expect(() => chunkIndexes(5, 0, 0)).toThrow(RangeError);
  });

  for (const k of [1, 2, 3]) {
    it(`${k} chunk(s) merged give exactly the single run (grid with skips, ties and notes; random)`, () => {
      const grid = mergeChunks(chunks(GRID, k, [null]));
      const single = optimise(DATA, GRID, OPTIONS);
      expect(single.skipped).toBeGreaterThan(0);
      expect(single.notes).toHaveLength(1);
      expect(new Set(single.ranked.map((c) => c.score)).size).toBeLessThan(single.runs); // ties
      expect(grid).toStrictEqual(single);
      expect(JSON.stringify(grid)).toBe(JSON.stringify(single));
      expect(mergeChunks(chunks(RANDOM, k, [null]))).toStrictEqual(optimise(DATA, RANDOM, OPTIONS));
    });

    it(`${k} chunk(s) rebuild the walk-forward folds, verdicts and warnings exactly`, () => {
      for (const windows of [3, 4]) {
        const parts = chunks(RANDOM, k, [null, ...trainingPeriods(windows)]);
        const winner = mergeChunks(parts, windows - 1).best;
        const last = evaluateChunk(
          DATA,
          RANDOM,
          { indexes: winner ? [winner.index] : [] },
          [lastTestPeriod(windows)],
          OPTIONS,
        );
        const rebuilt = walkForwardFromChunks(
          parts,
          1,
          last.passes[0] ?? { window: null, evaluated: [], skipped: 0 },
          'sharpe',
        );
        expect(rebuilt).toStrictEqual(walkForward(DATA, RANDOM, windows, OPTIONS));
        expect(mergeChunks(parts, 0)).toStrictEqual(optimise(DATA, RANDOM, OPTIONS));
      }
    });
  }

  it('evaluates an explicit index list and rejects one out of range', () => {
    const result = evaluateChunk(DATA, RANDOM, { indexes: [4, 1] }, [null], OPTIONS);
    expect(result.passes[0]?.evaluated.map((c) => c.index)).toEqual([4, 1]);
    expect(() => evaluateChunk(DATA, RANDOM, { indexes: [7] }, [null], OPTIONS)).toThrow(RangeError);
    expect(() => evaluateChunk(DATA, RANDOM, { indexes: [0] }, [{ index: 3, of: 3 }], OPTIONS)).toThrow(
      RangeError,
    );
  });

  it('reports its own progress out of every set, and stops between indexes when cancelled', () => {
    const flag = { aborted: false };
    const steps = evaluateChunkSteps(DATA, RANDOM, { chunk: 1, of: 2 }, [null], { ...OPTIONS, signal: flag });
    const seen: string[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(`${step.value.done}/${step.value.total}`);
      if (step.value.done === 2) flag.aborted = true;
      step = steps.next();
    }
    expect(seen).toEqual(['1/7', '2/7']);
    expect(step.value).toMatchObject({ done: 2, cancelled: true });
    expect(mergeChunks([step.value]).cancelled).toBe(true);
    expect(
      walkForwardFromChunks([step.value], 1, { window: null, evaluated: [], skipped: 0 }, 'sharpe'),
    ).toEqual({ folds: [], cancelled: true, notes: [] });
  });
});
