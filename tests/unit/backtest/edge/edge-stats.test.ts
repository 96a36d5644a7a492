import { describe, expect, it } from 'vitest';
import { bootstrapMeanCi, edgeStats } from '../../../../lib/core/backtest/edge/edge-stats';
import {
  backtestEdge,
  closedPositionReturns,
  positionsEdge,
} from '../../../../lib/core/backtest/edge/trade-returns';
import { createPrng } from '../../../../lib/core/backtest/prng';
import { makePosition } from '../../core/support/positions';

/** n returns drawn around `center` with the given spread, from a fixed seed. */
function draws(n: number, center: number, spread: number, seed = 7): number[] {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => center + spread * prng.normal());
}

describe('edge statistics of per-trade returns', () => {
  it('a strategy that must lose: every trade loses, the verdict is negative', () => {
    const returns = draws(40, -0.12, 0.05).map((r) => Math.min(r, -0.01));
    const stats = edgeStats(returns);
    expect(stats.verdict).toBe('negative');
    expect(stats.reason).toBeNull();
    expect(stats.trades).toBe(40);
    expect(stats.ci95?.[1]).toBeLessThan(0);
  });

  it('a planted edge (+5 % a trade, little noise) is positive', () => {
    const stats = edgeStats(draws(60, 0.05, 0.04));
    expect(stats.verdict).toBe('positive');
    expect(stats.ci95?.[0]).toBeGreaterThan(0);
    expect(stats.mean).toBeCloseTo(0.05, 1);
  });

  it('a tiny sample is inconclusive (too few trades) even when every trade won', () => {
    const stats = edgeStats([0.3, 0.25, 0.4, 0.2]);
    expect(stats).toMatchObject({ verdict: 'inconclusive', reason: 'too_few_trades', trades: 4 });
    // The interval is still reported.
    expect(stats.ci95?.[0]).toBeGreaterThan(0);
  });

  it('the floor on the number of trades is configurable', () => {
    expect(edgeStats([0.3, 0.25, 0.4, 0.2], { minTrades: 3 }).verdict).toBe('positive');
  });

  it('symmetric noise around zero is inconclusive: the interval spans zero', () => {
    const noise = draws(100, 0, 0.2);
    const symmetric = [...noise, ...noise.map((r) => -r)];
    const stats = edgeStats(symmetric);
    expect(stats).toMatchObject({ verdict: 'inconclusive', reason: 'ci_spans_zero' });
    expect(stats.mean).toBeCloseTo(0, 12);
    expect(stats.ci95?.[0]).toBeLessThan(0);
    expect(stats.ci95?.[1]).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and depends on it', () => {
    const returns = draws(35, 0.01, 0.1);
    expect(edgeStats(returns, { seed: 9 })).toEqual(edgeStats(returns, { seed: 9 }));
    expect(edgeStats(returns, { seed: 9 }).ci95).not.toEqual(edgeStats(returns, { seed: 10 }).ci95);
  });

  it('the interval contains the mean and narrows with more trades', () => {
    for (const n of [30, 300]) {
      const stats = edgeStats(draws(n, 0.02, 0.1, n));
      const [low, high] = stats.ci95 ?? [Number.NaN, Number.NaN];
      expect(low).toBeLessThanOrEqual(stats.mean ?? Number.NaN);
      expect(high).toBeGreaterThanOrEqual(stats.mean ?? Number.NaN);
    }
    const width = (n: number) => {
      const [low, high] = bootstrapMeanCi(draws(n, 0, 0.1), 1, 2_000);
      return high - low;
    };
    // The standard error falls as 1/√n: 10× the trades, about a third of the width.
    expect(width(400)).toBeLessThan(width(40) * 0.5);
  });

  it('no trade: no mean, no interval, inconclusive', () => {
    expect(edgeStats([])).toEqual({
      trades: 0,
      minTrades: 30,
      mean: null,
      ci95: null,
      verdict: 'inconclusive',
      reason: 'too_few_trades',
    });
  });

  it('one trade: the interval collapses onto it', () => {
    expect(edgeStats([-0.2])).toEqual({
      trades: 1,
      minTrades: 30,
      mean: -0.2,
      ci95: [-0.2, -0.2],
      verdict: 'inconclusive',
      reason: 'too_few_trades',
    });
    expect(edgeStats([-0.2], { minTrades: 1 }).verdict).toBe('negative');
  });
});

describe('the same statistics for backtest trades and the bot’s own positions', () => {
  it('a backtest trade’s return is pnl / capital', () => {
    const trades = [
      { pnl: -12_000_000, capital: 100_000_000 },
      { pnl: 6_000_000, capital: 50_000_000 },
    ];
    const stats = backtestEdge(trades, { minTrades: 2 });
    expect(stats.mean).toBeCloseTo(0, 12);
    expect(stats.ci95).toEqual([-0.12, 0.12]);
  });

  it('counts only closed positions that put capital at risk', () => {
    const positions = [
      makePosition({ id: 'a', status: 'closed', pnl: -10_200_000, closedAt: 1 }), // −10 % of $102
      makePosition({ id: 'b', status: 'closed', pnl: 20_400_000, closedAt: 2 }), // +20 %
      makePosition({ id: 'c', status: 'active', pnl: 50_000_000 }), // still open
      makePosition({ id: 'd', status: 'closed', capitalYes: 0, capitalNo: 0, closeReason: 'entry_failed' }),
    ];
    const returns = closedPositionReturns(positions);
    expect(returns).toHaveLength(2);
    expect(returns[0]).toBeCloseTo(-0.1, 12);
    expect(returns[1]).toBeCloseTo(0.2, 12);
    expect(positionsEdge(positions)).toMatchObject({
      trades: 2,
      verdict: 'inconclusive',
      reason: 'too_few_trades',
    });
  });
});
