import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../../lib/core/backtest/compare';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { runBacktest } from '../../../lib/core/backtest/engine';
import { buildReport } from '../../../lib/core/backtest/report';
import { syntheticDataset } from '../../../lib/core/backtest/synthetic-dataset';
import { createStrategy, isStrategyName, STRATEGY_NAMES } from '../../../lib/core/strategies/registry';
import { HOUR, oneMarket, params, run, settings, T0, usd } from './support';

// YES starts at 0.50, rises 30 % to 0.65 at h1, then 0.85 at h2 (NO the complement).
const RALLY = oneMarket([
  [0, 0.5, 0.5],
  [1, 0.65, 0.35],
  [2, 0.85, 0.15],
]);

describe('strategies', () => {
  it('momentum buys only the side that rose by the threshold, exits by take-profit', () => {
    // h1: YES +30 % → $100 buys 153.846153 YES @ 0.65. h2: worth 130.769230 → +30.77 % ≥ 30 % → TP,
    // selling 153.84 (orders carry 2 decimals) for 130.764.
    const result = run(RALLY, { strategy: 'momentum' });
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]).toMatchObject({
      sides: ['yes'],
      entryTime: T0 + HOUR,
      exitReason: 'take_profit',
    });
    expect(result.trades[0]?.pnl).toBe(130_764_000 - usd(100));
  });

  it('mean reversion buys the side that fell, and its stop-loss fires on the same data', () => {
    // h1: NO −30 % → 285.714285 NO @ 0.35 for $100. h2: worth 42.857142 → −57 % → stop-loss,
    // selling 285.71 for 42.8565.
    const result = run(RALLY, { strategy: 'mean_reversion' });
    expect(result.trades[0]).toMatchObject({ sides: ['no'], exitReason: 'stop_loss' });
    expect(result.trades[0]?.pnl).toBe(42_856_500 - usd(100));
  });

  it('are selectable by name and compared side by side on the same data', () => {
    expect(STRATEGY_NAMES.every(isStrategyName)).toBe(true);
    expect(isStrategyName('martingale')).toBe(false);
    const data = compileDataset(RALLY);
    const strategies = STRATEGY_NAMES.map((name) => createStrategy(name, params()));
    const reports = compareStrategies(data, strategies, settings());
    expect(reports.map((r) => r.strategy)).toEqual(['balancing', 'momentum', 'mean_reversion']);
    reports.forEach((report, i) => {
      expect(report).toEqual(
        buildReport(runBacktest(data, strategies[i] as (typeof strategies)[number], settings())),
      );
    });
    expect(reports.map((r) => Math.sign(r.summary.totalPnl))).toEqual([1, 1, -1]);
  });

  it('is deterministic: the same data and settings give the same result', () => {
    const dataset = syntheticDataset({ markets: 12, spanMs: 30 * 24 * HOUR, seed: 7 });
    for (const name of STRATEGY_NAMES) {
      const a = runBacktest(compileDataset(dataset), createStrategy(name, params()), settings());
      const b = runBacktest(
        compileDataset(syntheticDataset({ markets: 12, spanMs: 30 * 24 * HOUR, seed: 7 })),
        createStrategy(name, params()),
        settings(),
      );
      expect(a).toEqual(b);
      expect(a.trades.length).toBeGreaterThan(0);
    }
  });
});
