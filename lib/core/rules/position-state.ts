import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { type CloseReason, type Position, type PositionStatus, positionCapital } from '../model/position';

/**
 * strategy.md States: active → liquidated → closed, and active → closed directly; an entry in flight
 * (opening) becomes active, or closed when it fails. Nothing leaves
 * `closed`, and nothing goes back to `active`.
 */
const ALLOWED: Readonly<Record<PositionStatus, readonly PositionStatus[]>> = {
  opening: ['active', 'closed'],
  active: ['liquidated', 'closed'],
  liquidated: ['closed'],
  closed: [],
};

export function canTransition(from: PositionStatus, to: PositionStatus): boolean {
  return ALLOWED[from].includes(to);
}

export type TransitionResult = { ok: true; position: Position } | { ok: false; message: string };

function illegal(from: PositionStatus, to: PositionStatus): TransitionResult {
  return { ok: false, message: `A ${from} position cannot become ${to}` };
}

export interface LiquidationFill {
  side: OutcomeSide;
  /** Collateral received for the losing side, net of the taker fee. */
  netProceeds: Micros;
  fee: Micros;
}

/** The losing side is sold: its shares go to 0, the proceeds are realised, the winner stays held. */
export function applyLiquidation(position: Position, fill: LiquidationFill): TransitionResult {
  if (!canTransition(position.status, 'liquidated')) return illegal(position.status, 'liquidated');
  const realisedProceeds = position.realisedProceeds + fill.netProceeds;
  return {
    ok: true,
    position: {
      ...position,
      status: 'liquidated',
      liquidatedSide: fill.side,
      sharesYes: fill.side === 'yes' ? 0 : position.sharesYes,
      sharesNo: fill.side === 'no' ? 0 : position.sharesNo,
      realisedProceeds,
      feesPaid: position.feesPaid + fill.fee,
    },
  };
}

export interface CloseFill {
  reason: CloseReason;
  /** Collateral received for everything still held (sales net of fees, or the resolution payout). */
  netProceeds: Micros;
  fee: Micros;
  closedAt: number;
}

/** Everything held is sold or redeemed: shares go to 0 and the P&L becomes final. */
export function applyClose(position: Position, fill: CloseFill): TransitionResult {
  if (!canTransition(position.status, 'closed')) return illegal(position.status, 'closed');
  const realisedProceeds = position.realisedProceeds + fill.netProceeds;
  return {
    ok: true,
    position: {
      ...position,
      status: 'closed',
      sharesYes: 0,
      sharesNo: 0,
      realisedProceeds,
      feesPaid: position.feesPaid + fill.fee,
      pnl: realisedProceeds - positionCapital(position),
      closeReason: fill.reason,
      closedAt: fill.closedAt,
    },
  };
}
