import { describe, expect, it } from 'vitest';
import type { PositionStatus } from '../../../../lib/core/model/position';
import { applyClose, applyLiquidation, canTransition } from '../../../../lib/core/rules/position-state';
import { NOW } from '../support/markets';
import { makePosition } from '../support/positions';

describe('position state machine', () => {
  it.each([
    ['active', 'liquidated', true],
    ['active', 'closed', true],
    ['liquidated', 'closed', true],
    ['liquidated', 'active', false],
    ['closed', 'active', false],
    ['closed', 'liquidated', false],
    ['active', 'active', false],
    ['liquidated', 'liquidated', false],
    ['closed', 'closed', false],
  ] as [PositionStatus, PositionStatus, boolean][])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('liquidates the loser: its shares go, the proceeds are realised, the winner stays', () => {
    // NO sold: 100 × 0.29 = 29 − fee 100 × 0.04 × 0.29 × 0.71 = 0.8236
    const r = applyLiquidation(makePosition(), { side: 'no', netProceeds: 28_176_400, fee: 823_600 });
    if (!r.ok) throw new Error(r.message);
    expect(r.position).toMatchObject({
      status: 'liquidated',
      liquidatedSide: 'no',
      sharesYes: 100_000_000,
      sharesNo: 0,
      realisedProceeds: 28_176_400,
      feesPaid: 2_823_600,
      closeReason: null,
    });
  });

  it('closes with a final P&L that includes every fee (liquidation then take-profit)', () => {
    const liquidated = applyLiquidation(makePosition(), {
      side: 'no',
      netProceeds: 28_176_400,
      fee: 823_600,
    });
    if (!liquidated.ok) throw new Error(liquidated.message);
    // YES sold: 95 − 0.19 fee = 94.81
    const closed = applyClose(liquidated.position, {
      reason: 'take_profit',
      netProceeds: 94_810_000,
      fee: 190_000,
      closedAt: NOW + 1000,
    });
    if (!closed.ok) throw new Error(closed.message);
    // 28.1764 + 94.81 − 102 = 20.9864; fees 2 + 0.8236 + 0.19 = 3.0136
    expect(closed.position).toMatchObject({
      status: 'closed',
      sharesYes: 0,
      sharesNo: 0,
      realisedProceeds: 122_986_400,
      pnl: 20_986_400,
      feesPaid: 3_013_600,
      closeReason: 'take_profit',
      closedAt: NOW + 1000,
      liquidatedSide: 'no',
    });
  });

  it('closes an active position directly on resolution', () => {
    const r = applyClose(makePosition(), {
      reason: 'resolution',
      netProceeds: 100_000_000,
      fee: 0,
      closedAt: NOW,
    });
    expect(r.ok && r.position.pnl).toBe(-2_000_000);
  });

  it('rejects illegal transitions with a message', () => {
    const closed = makePosition({ status: 'closed' });
    expect(applyClose(closed, { reason: 'manual', netProceeds: 0, fee: 0, closedAt: NOW })).toEqual({
      ok: false,
      message: 'A closed position cannot become closed',
    });
    const liquidated = makePosition({ status: 'liquidated', liquidatedSide: 'no', sharesNo: 0 });
    expect(applyLiquidation(liquidated, { side: 'yes', netProceeds: 0, fee: 0 })).toEqual({
      ok: false,
      message: 'A liquidated position cannot become liquidated',
    });
  });
});
