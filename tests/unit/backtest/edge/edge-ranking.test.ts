import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { Dataset } from '../../../../lib/core/backtest/dataset';
import {
  edgeLowerBound,
  electCandidate,
  noPositiveScore,
} from '../../../../lib/core/backtest/edge/edge-ranking';
import { edgeStats } from '../../../../lib/core/backtest/edge/edge-stats';
import { type OptimiseOptions, optimise } from '../../../../lib/core/backtest/optimiser';
import { gridCandidates } from '../../../../lib/core/backtest/param-space';
import { walkForward } from '../../../../lib/core/backtest/walk-forward';
import { makeMarket, params, pricesOf, settings } from '../support';

const winners = Array.from({ length: 40 }, (_, i) => 0.04 + (i % 5) * 0.01);

describe('ranking by the lower bound of the mean per-trade return', () => {
  it('is the interval’s lower bound, and not rankable below the trade floor', () => {
    const stats = edgeStats(winners);
    expect(edgeLowerBound(stats)).toBe(stats.ci95?.[0]);
    expect(edgeLowerBound(edgeStats([0.52, 0.5, 0.6, 0.45]))).toBeNull(); // +52 % on 4 trades
    expect(edgeLowerBound(edgeStats([0.52, 0.5, 0.6, 0.45]), 4)).toBeGreaterThan(0.4);
    expect(edgeLowerBound(edgeStats([]), 0)).toBeNull();
  });

  it('a steady small edge on many trades outranks a big one on few', () => {
    const many = edgeLowerBound(edgeStats(winners)) ?? Number.NEGATIVE_INFINITY;
    const few = edgeLowerBound(edgeStats([0.52, 0.5, 0.6, 0.45])) ?? Number.NEGATIVE_INFINITY;
    expect(many).toBeGreaterThan(few);
  });

  it('elects the first ranked candidate only when something traded and has a score', () => {
    const run = (score: number, trades: number) => ({ score, summary: { trades } });
    expect(electCandidate([])).toEqual({ best: null, status: 'no_candidate' });
    expect(electCandidate([run(0, 0), run(0, 0)])).toEqual({ best: null, status: 'no_data' });
    const unrankable = [run(Number.NEGATIVE_INFINITY, 3), run(Number.NEGATIVE_INFINITY, 0)];
    expect(electCandidate(unrankable)).toEqual({ best: null, status: 'not_rankable' });
    const ok = [run(0.1, 40), run(-0.2, 35)];
    expect(electCandidate(ok)).toEqual({ best: ok[0], status: 'ok' });
    expect(noPositiveScore(ok)).toBe(false);
    expect(noPositiveScore([run(-0.01, 40), run(Number.NEGATIVE_INFINITY, 2)])).toBe(true);
  });
});

/**
 * Three 10-hour windows. In the first, every market sits at 95¢/5¢, outside the 35–65¢ band: no
 * candidate can trade. Later each market opens at 50/50 and runs liquidation → take-profit.
 */
function quietThenActive(): Dataset {
  const markets = ['a', 'b', 'c'].map((id) => makeMarket(id));
  const prices: Dataset['prices'] = {};
  markets.forEach((m, i) => {
    const quiet = Array.from({ length: 10 }, (_, h) => [h, 0.95, 0.05] as const);
    const start = 10 + i * 5;
    const active = [
      [start, 0.5, 0.5],
      [start + 1, 0.65, 0.35],
      [start + 2, 0.95, 0.05],
    ] as const;
    Object.assign(prices, pricesOf(m, [...quiet, ...active, [29, 0.95, 0.05]]));
  });
  return { markets, prices };
}

describe('walk-forward with an empty training window', () => {
  const options: OptimiseOptions = {
    strategy: 'balancing',
    base: params(),
    settings: settings(),
    objective: 'totalReturn',
  };
  const grid = gridCandidates({ takeProfit: [0.2, 0.3] });

  it('marks the fold "no data", elects nothing and reports no out-of-sample result', () => {
    const data = compileDataset(quietThenActive());
    const result = walkForward(data, grid, 3, options);
    const [first, second] = result.folds;
    expect(first).toMatchObject({ status: 'no_data', best: null, inSample: null, outOfSample: null });
    expect(first?.warning).toMatch(/no trade in the training window/);
    // The second training window (hours 10–19) has trades: a candidate is elected there.
    expect(second?.status).toBe('ok');
    expect(second?.best).not.toBeNull();
  });

  it('under the lower-bound measure, a handful of trades is not rankable and nothing is elected', () => {
    const data = compileDataset(quietThenActive());
    const ranked = optimise(data, grid, { ...options, objective: 'edgeLowerBound' }).ranked;
    expect(ranked.every((c) => c.score === Number.NEGATIVE_INFINITY && c.summary.trades > 0)).toBe(true);
    expect(noPositiveScore(ranked)).toBe(true);
    const folds = walkForward(data, grid, 3, { ...options, objective: 'edgeLowerBound' }).folds;
    expect(folds.map((f) => f.status)).toEqual(['no_data', 'not_rankable']);
    expect(folds.every((f) => f.best === null)).toBe(true);
  });
});
