import { describe, expect, it } from 'vitest';
import {
  dailyReturns,
  maxDrawdown,
  profitFactor,
  sharpeRatio,
  sortinoRatio,
} from '../../../lib/core/backtest/metrics';
import { buildReport } from '../../../lib/core/backtest/report';
import { DAY, HOUR, oneMarket, run, T0 } from './support';

describe('report metrics', () => {
  it('max drawdown is the largest peak-to-trough fall', () => {
    const curve = [100, 120, 90, 130, 117].map((equity, i) => ({ t: i * HOUR, equity }));
    expect(maxDrawdown(curve, 100)).toEqual({ fraction: 0.25, amount: 30, peakAt: HOUR, troughAt: 2 * HOUR });
  });

  it('daily returns use the last equity of each UTC day, the first day against the start', () => {
    const curve = [
      { t: T0 + HOUR, equity: 105 },
      { t: T0 + 20 * HOUR, equity: 110 },
      { t: T0 + DAY + HOUR, equity: 99 },
    ];
    const returns = dailyReturns(curve, 100);
    expect(returns[0]).toBeCloseTo(0.1, 12);
    expect(returns[1]).toBeCloseTo(-0.1, 12);
  });

  it('Sharpe and Sortino are annualised by √365; profit factor is gains over losses', () => {
    const r = [0.01, -0.01, 0.02];
    const mean = 0.02 / 3;
    const sd = Math.sqrt(((0.01 - mean) ** 2 + (-0.01 - mean) ** 2 + (0.02 - mean) ** 2) / 2);
    expect(sharpeRatio(r)).toBeCloseTo((mean / sd) * Math.sqrt(365), 10);
    expect(sortinoRatio(r)).toBeCloseTo((mean / Math.sqrt(0.0001 / 3)) * Math.sqrt(365), 10);
    expect(sharpeRatio([0.01])).toBeNull();
    expect(profitFactor([30, -10, -5])).toBe(2);
    expect(profitFactor([1])).toBeNull();
  });

  it('breaks P&L down by exit reason without double counting, and per market', () => {
    const report = buildReport(
      run(
        oneMarket([
          [0, 0.5, 0.5],
          [1, 0.65, 0.35],
          [2, 0.66, 0.34],
          [3, 0.95, 0.05],
        ]),
      ),
    );
    const rows = Object.fromEntries(report.perExitReason.map((r) => [r.reason, [r.count, r.pnl]]));
    expect(rows).toEqual({
      liquidation: [1, -15],
      take_profit: [1, 45],
      stop_loss: [0, 0],
      resolution: [0, 0],
      end_of_data: [0, 0],
    });
    expect(report.summary).toMatchObject({ trades: 1, wins: 1, winRate: 1, totalPnl: 30, totalReturn: 0.03 });
    expect(report.summary.exposure).toBe(1);
    expect(report.perMarket).toEqual([
      { marketId: 'm1', question: 'Will m1 happen?', trades: 1, wins: 1, pnl: 30, fees: 0 },
    ]);
    expect(report.trades[0]).toMatchObject({ capital: 100, pnl: 30 });
    expect(report.equity.at(-1)).toEqual({ t: T0 + 3 * HOUR, equity: 1030 });
  });
});
