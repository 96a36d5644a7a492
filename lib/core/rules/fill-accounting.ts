import { divMicros, type Micros, mulMicros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { type CloseReason, type Position, positionCapital } from '../model/position';

/** Shares below 0.01 cannot be sold (order sizes keep 2 decimals): they are written off as dust. */
export const SHARE_DUST: Micros = 10_000;

/** One fill of one leg, as the exchange reported it. `amount` is collateral before the fee. */
export interface LegFill {
  side: OutcomeSide;
  action: 'buy' | 'sell';
  shares: Micros;
  amount: Micros;
  fee: Micros;
}

/** Why a fill happened: entry buys, the sale of a losing side, an entry unwound, or an exit sale. */
export type FillPurpose = 'entry' | 'liquidation' | 'unwind' | 'exit';

function withSide(position: Position, side: OutcomeSide, shares: Micros): Position {
  return side === 'yes' ? { ...position, sharesYes: shares } : { ...position, sharesNo: shares };
}

function applyBuy(position: Position, fill: LegFill): Position {
  const yes = fill.side === 'yes';
  const oldShares = yes ? position.sharesYes : position.sharesNo;
  const oldPrice = yes ? position.entryPriceYes : position.entryPriceNo;
  const shares = oldShares + fill.shares;
  const notional = mulMicros(oldShares, oldPrice) + fill.amount;
  const vwap = shares > 0 ? divMicros(notional, shares) : 0;
  const spent = fill.amount + fill.fee;
  const next: Position = yes
    ? { ...position, sharesYes: shares, entryPriceYes: vwap, capitalYes: position.capitalYes + spent }
    : { ...position, sharesNo: shares, entryPriceNo: vwap, capitalNo: position.capitalNo + spent };
  next.feesPaid = position.feesPaid + fill.fee;
  if (next.status === 'opening' && next.sharesYes > 0 && next.sharesNo > 0) next.status = 'active';
  return next;
}

function applySell(position: Position, fill: LegFill, purpose: FillPurpose, now: number): Position {
  const held = fill.side === 'yes' ? position.sharesYes : position.sharesNo;
  const left = held - fill.shares;
  let next = withSide(position, fill.side, left < SHARE_DUST ? 0 : left);
  next = {
    ...next,
    realisedProceeds: position.realisedProceeds + fill.amount - fill.fee,
    feesPaid: position.feesPaid + fill.fee,
  };
  if (purpose === 'liquidation' && next.status === 'active') {
    next = { ...next, status: 'liquidated', liquidatedSide: fill.side };
  }
  if (next.sharesYes === 0 && next.sharesNo === 0) {
    const fallback: CloseReason = purpose === 'unwind' ? 'entry_failed' : 'manual';
    next = closePosition(next, next.closeReason ?? fallback, 0, now);
  }
  return next;
}

/**
 * The position after one fill (strategy.md accounting: capital includes entry fees, realised
 * proceeds are net of fees). Buys set the VWAP entry price and activate an opening position once
 * both legs hold shares; a sale that empties the position closes it with its final P&L.
 */
export function applyLegFill(position: Position, fill: LegFill, purpose: FillPurpose, now: number): Position {
  return fill.action === 'buy' ? applyBuy(position, fill) : applySell(position, fill, purpose, now);
}

/** Close: everything still held is written off (dust) or paid `payout` (resolution); P&L final. */
export function closePosition(
  position: Position,
  reason: CloseReason,
  payout: Micros,
  now: number,
): Position {
  const realisedProceeds = position.realisedProceeds + payout;
  return {
    ...position,
    status: 'closed',
    sharesYes: 0,
    sharesNo: 0,
    realisedProceeds,
    pnl: realisedProceeds - positionCapital(position),
    closeReason: reason,
    closedAt: now,
  };
}
