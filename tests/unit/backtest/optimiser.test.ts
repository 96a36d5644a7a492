import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { runBacktest } from '../../../lib/core/backtest/engine';
import { type OptimiseOptions, optimise, optimiseSteps } from '../../../lib/core/backtest/optimiser';
import { applyParamSet, gridCandidates, randomCandidates } from '../../../lib/core/backtest/param-space';
import { syntheticDataset } from '../../../lib/core/backtest/synthetic-dataset';
import {
  disagreement,
  disagreementKind,
  splitWindows,
  walkForward,
} from '../../../lib/core/backtest/walk-forward';
import { createStrategy } from '../../../lib/core/strategies/registry';
import { DAY, params, settings } from './support';

const DATA = compileDataset(syntheticDataset({ markets: 10, spanMs: 40 * DAY, seed: 11 }));
const OPTIONS: OptimiseOptions = {
  strategy: 'balancing',
  base: params(),
  settings: settings(),
  objective: 'totalReturn',
};

describe('parameter spaces', () => {
  it('a grid is every combination, in a fixed order', () => {
    const sets = gridCandidates({ takeProfit: [0.2, 0.3], divergenceThreshold: [0.2, 0.3, 0.4] });
    expect(sets).toHaveLength(6);
    expect(sets[0]).toEqual({ divergenceThreshold: 0.2, takeProfit: 0.2 });
    expect(sets[1]).toEqual({ divergenceThreshold: 0.2, takeProfit: 0.3 });
  });

  it('random search is seeded: same seed, same candidates; steps respected', () => {
    const space = {
      stopLoss: { min: 0.05, max: 0.3, step: 0.05 },
      takeProfitEnabled: [true, false],
    } as const;
    const a = randomCandidates(space, 20, 42);
    expect(randomCandidates(space, 20, 42)).toEqual(a);
    expect(randomCandidates(space, 20, 43)).not.toEqual(a);
    for (const set of a) expect([0.05, 0.1, 0.15, 0.2, 0.25, 0.3]).toContain(set.stopLoss);
  });

  it('rejects a band with low ≥ high', () => {
    expect(applyParamSet(params(), { bandLow: 0.6, bandHigh: 0.4 })).toBeNull();
  });
});

describe('optimiser', () => {
  const grid = gridCandidates({ divergenceThreshold: [0.2, 0.3], stopLossEnabled: [true, false] });

  it('ranks candidates by the objective and reproduces each result', () => {
    const result = optimise(DATA, grid, OPTIONS);
    expect(result.runs).toBe(4);
    const scores = result.ranked.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const best = result.best;
    const rerun = runBacktest(
      DATA,
      createStrategy('balancing', applyParamSet(params(), best?.set ?? {}) ?? params()),
      settings(),
    );
    expect((rerun.finalEquity - rerun.initialCash) / rerun.initialCash).toBeCloseTo(
      best?.score ?? Number.NaN,
      12,
    );
    expect(optimise(DATA, grid, OPTIONS)).toEqual(result);
  });

  it('seeded random search is deterministic end to end', () => {
    const sets = randomCandidates(
      { takeProfit: { min: 0.1, max: 0.5 }, stopLoss: { min: 0.05, max: 0.3 } },
      3,
      9,
    );
    expect(optimise(DATA, sets, OPTIONS)).toEqual(
      optimise(
        DATA,
        randomCandidates({ takeProfit: { min: 0.1, max: 0.5 }, stopLoss: { min: 0.05, max: 0.3 } }, 3, 9),
        OPTIONS,
      ),
    );
  });

  it('reports progress and stops between runs when cancelled', () => {
    const flag = { aborted: false };
    const progress: number[] = [];
    const result = optimise(DATA, grid, {
      ...OPTIONS,
      signal: flag,
      onProgress: ({ done }) => {
        progress.push(done);
        if (done === 2) flag.aborted = true;
      },
    });
    expect(progress).toEqual([1, 2]);
    expect(result).toMatchObject({ cancelled: true, runs: 2 });
  });

  it('ignores the opportunity threshold when the dataset has no scores, and says so', () => {
    const result = optimise(DATA, gridCandidates({ opportunityThreshold: [5, 7, 9] }), OPTIONS);
    expect(result.runs).toBe(1);
    expect(result.notes[0]).toMatch(/opportunityThreshold ignored/);
  });
});

describe('walk-forward', () => {
  it('splits the period into k adjacent windows covering every timestamp once', () => {
    expect(splitWindows(0, 99, 4)).toEqual([
      { from: 0, to: 25 },
      { from: 25, to: 50 },
      { from: 50, to: 75 },
      { from: 75, to: 100 },
    ]);
  });

  it('a window run only sees the events inside [from, to)', () => {
    const [, second] = splitWindows(DATA.start, DATA.end, 3);
    const from = second?.from ?? 0;
    const to = second?.to ?? 0;
    const inside = Array.from(DATA.time).filter((t) => t >= from && t < to).length;
    const result = runBacktest(DATA, createStrategy('balancing', params()), { ...settings(), from, to });
    expect(result.pricePoints).toBe(inside);
    for (const t of result.trades) {
      expect(t.entryTime).toBeGreaterThanOrEqual(from);
      expect(t.exitTime).toBeLessThan(to);
    }
  });

  it('optimises on window k and reports on k + 1, flagging disagreements', () => {
    const result = walkForward(DATA, gridCandidates({ divergenceThreshold: [0.2, 0.3] }), 3, OPTIONS);
    expect(result.folds).toHaveLength(2);
    expect(result.folds[0]?.test.from).toBe(result.folds[0]?.train.to);
    expect(result.folds[1]?.train).toEqual(result.folds[0]?.test);
    for (const fold of result.folds) {
      const expected = disagreement(fold.inSample ?? Number.NaN, fold.outOfSample ?? Number.NaN);
      expect(fold.warning).toBe(expected);
    }
  });

  it('warns on a sign flip or a > 50 % degradation, not on a mild one', () => {
    expect(disagreement(0.2, -0.05)).toMatch(/sign flip/);
    expect(disagreement(0.2, 0.08)).toMatch(/50 %/);
    expect(disagreement(0.2, 0.15)).toBeNull();
    // The kinds the UI words in its language.
    expect([disagreementKind(0.2, -0.05), disagreementKind(0.2, 0.08), disagreementKind(0.2, 0.15)]).toEqual([
      'sign_flip',
      'decay',
      null,
    ]);
    expect(disagreementKind(Number.NEGATIVE_INFINITY, 0.1)).toBe('no_result');
  });
});

describe('optimiser steps (Web Worker driving)', () => {
  it('yields after each run so an awaited cancel message can stop it', async () => {
    const flag = { aborted: false };
    const sets = gridCandidates({ divergenceThreshold: [0.2, 0.3, 0.4] });
    const steps = optimiseSteps(DATA, sets, { ...OPTIONS, signal: flag });
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value.done);
      await Promise.resolve(); // a worker would await its message queue here
      if (step.value.done === 1) flag.aborted = true;
      step = steps.next();
    }
    expect(seen).toEqual([1]);
    expect(step.value).toMatchObject({ cancelled: true, runs: 1 });
  });
});
