import type { Micros } from './money';
import type { OutcomeSide } from './outcome-side';

/** `opening`: an entry is in flight (legs being bought); it holds whatever has filled so far. */
export type PositionStatus = 'opening' | 'active' | 'liquidated' | 'closed';
export type PositionMode = 'paper' | 'live';
export type CloseReason =
  | 'take_profit'
  | 'stop_loss'
  | 'resolution'
  | 'manual'
  | 'entry_failed'
  | 'kill_switch'
  /** The market resolved and the held shares were redeemed on chain for their payout. */
  | 'redeemed';

/**
 * A balanced position: both outcomes of one binary market bought at entry. Amounts are micros, times
 * epoch ms. The storage layer validates it with zod; the core only needs this shape.
 *
 * Accounting convention (it makes P&L include every fee):
 * - capitalYes/capitalNo: collateral that left the wallet for each leg, entry fees included;
 * - realisedProceeds: collateral that came back from sales and payouts, net of their fees;
 * - feesPaid: all fees so far (already inside the two figures above; kept for display);
 * - pnl: realisedProceeds − capital once closed; the latest estimate while open.
 */
export interface Position {
  id: string;
  marketId: string;
  marketName: string;
  conditionId: string;
  /** Gamma event id: neg-risk siblings share it, so per-event limits can add them up. */
  eventId: string | null;
  yesTokenId: string;
  noTokenId: string;
  entryTime: number;
  /** Volume-weighted fill prices at entry. */
  entryPriceYes: Micros;
  entryPriceNo: Micros;
  capitalYes: Micros;
  capitalNo: Micros;
  /** Shares held now (0 once a side is sold or redeemed). */
  sharesYes: Micros;
  sharesNo: Micros;
  /** Latest mark prices, null when unknown. */
  currentPriceYes: Micros | null;
  currentPriceNo: Micros | null;
  status: PositionStatus;
  liquidatedSide: OutcomeSide | null;
  realisedProceeds: Micros;
  feesPaid: Micros;
  pnl: Micros;
  mode: PositionMode;
  closeReason: CloseReason | null;
  closedAt: number | null;
}

/** Total collateral put into the position. */
export function positionCapital(position: Position): Micros {
  return position.capitalYes + position.capitalNo;
}

export function heldShares(position: Position, side: OutcomeSide): Micros {
  return side === 'yes' ? position.sharesYes : position.sharesNo;
}

export function entryPrice(position: Position, side: OutcomeSide): Micros {
  return side === 'yes' ? position.entryPriceYes : position.entryPriceNo;
}

/** True while the position still holds shares (active or liquidated). */
export function isOpen(position: Position): boolean {
  return position.status !== 'closed';
}
