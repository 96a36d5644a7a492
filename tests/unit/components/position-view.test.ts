import { describe, expect, it } from 'vitest';
import { positionView } from '../../../components/popup/position-view';
import type { PositionRow } from '../../../lib/core/model/rows/positions';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

function row(over: Partial<PositionRow> = {}): PositionRow {
  return {
    id: 'p',
    marketId: 'm',
    marketName: 'Fed',
    conditionId: '0x',
    eventId: null,
    yesTokenId: 'y',
    noTokenId: 'n',
    yesLabel: 'Yes',
    noLabel: 'No',
    entryTime: 0,
    entryPriceYes: 500_000,
    entryPriceNo: 500_000,
    capitalYes: 50_000_000,
    capitalNo: 50_000_000,
    sharesYes: 100_000_000,
    sharesNo: 100_000_000,
    currentPriceYes: 600_000,
    currentPriceNo: 395_000,
    status: 'active',
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: 0,
    pnl: -10_000_000,
    mode: 'paper',
    closeReason: null,
    closedAt: null,
    updatedAt: 0,
    strategy: 'balancing',
    ...over,
  };
}

describe('positionView', () => {
  const strategy = DEFAULT_SETTINGS.strategy; // divergence 30 %, TP 30 %, SL 15 %

  it('measures the worst side against the divergence threshold (amber from 70 %)', () => {
    const v = positionView(row(), strategy);
    expect(v.worstSide?.label).toBe('No');
    expect(v.worstSide?.drop).toBeCloseTo(0.21);
    expect(v.divergenceProgress).toBeCloseTo(0.7);
  });

  it('gives the distance to take-profit and stop-loss in points of capital', () => {
    const v = positionView(row(), strategy);
    expect(v.pnlPercent).toBeCloseTo(-0.1);
    expect(v.toTakeProfit).toBeCloseTo(0.4);
    expect(v.toStopLoss).toBeCloseTo(0.05);
    expect(v.exitProgress).toBeCloseTo(0.1 / 0.15);
  });

  it('has no divergence gauge once liquidated, and marks the sold side as not held', () => {
    const v = positionView(row({ status: 'liquidated', liquidatedSide: 'no', sharesNo: 0 }), strategy);
    expect(v.divergenceProgress).toBeNull();
    expect(v.sides.map((s) => s.held)).toEqual([true, false]);
  });

  it('says when an exit is switched off', () => {
    const v = positionView(row(), { ...strategy, takeProfitEnabled: false, stopLossEnabled: false });
    expect(v.toTakeProfit).toBeNull();
    expect(v.toStopLoss).toBeNull();
    expect(v.exitProgress).toBe(0);
  });
});
