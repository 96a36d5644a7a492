import type { RedeemPlan } from '../../core/ctf/redeem-payout';
import type { Micros } from '../../core/model/money';
import type { PositionRow, RedeemState } from '../../core/model/rows/positions';
import type { TradeRow } from '../../core/model/rows/trades';
import { closePosition } from '../../core/rules/fill-accounting';
import type { CtfDelta } from '../ports/ctf-port';

type Redeemable = Extract<RedeemPlan, { status: 'redeemable' }>;

/** The redeem state a priced plan writes on the position (`ready`, unless already sent or refused). */
export function readyState(plan: Redeemable, negRisk: boolean, now: number): RedeemState {
  return {
    state: 'ready',
    payout: plan.payout,
    yesPayout: plan.yesPayout,
    noPayout: plan.noPayout,
    burnYes: plan.burnYes,
    burnNo: plan.burnNo,
    negRisk,
    intentId: null,
    code: null,
    message: null,
    checkedAt: now,
  };
}

/** What the position row keeps after the chain re-priced it: a sent or refused redeem stays so. */
export function repriced(previous: RedeemState | undefined, next: RedeemState): RedeemState {
  if (!previous || previous.state === 'ready') return next;
  return { ...previous, payout: next.payout, yesPayout: next.yesPayout, noPayout: next.noPayout };
}

/** The paying side of a redeem (YES on a 50/50) and what one of its shares paid, in micros. */
function payingSide(state: RedeemState): { side: 'yes' | 'no'; price: Micros } {
  const perShare = (payout: Micros, shares: Micros) =>
    shares > 0 ? Math.floor((payout * 1_000_000) / shares) : 0;
  if (state.noPayout > state.yesPayout) return { side: 'no', price: perShare(state.noPayout, state.burnNo) };
  return { side: 'yes', price: perShare(state.yesPayout, state.burnYes) };
}

/**
 * The one trade of a completed redeem: both legs burned, the payout in `amount`, gas (when paid in
 * pUSD) as its fee. Its id is the position's, so recording it twice keeps one row.
 */
export function redeemTrade(
  position: PositionRow,
  state: RedeemState,
  outcome: { intentId: string; txHash: string | null; delta: CtfDelta },
  now: number,
): TradeRow {
  const burnedYes = Math.max(0, -outcome.delta.yesShares);
  const burnedNo = Math.max(0, -outcome.delta.noShares);
  const { side, price } = payingSide(state);
  return {
    id: `redeem-${position.id}`,
    positionId: position.id,
    marketId: position.marketId,
    marketName: position.marketName,
    intentId: outcome.intentId,
    side,
    action: 'redeem',
    reason: 'redeem',
    price,
    amount: Math.max(0, outcome.delta.collateral),
    shares: burnedYes + burnedNo,
    fee: Math.max(0, outcome.delta.gasPaid),
    transactionHash: outcome.txHash,
    orderId: null,
    status: 'filled',
    error: null,
    mode: position.mode,
    executedAt: now,
    burnedYes,
    burnedNo,
  };
}

/** The position once redeemed: closed "resolved, redeemed", the payout (net of gas) realised. */
export function redeemedRow(position: PositionRow, trade: TradeRow, now: number): PositionRow {
  const { redeem: _done, ...rest } = position;
  return {
    ...rest,
    ...closePosition(rest, 'redeemed', trade.amount - trade.fee, now),
    feesPaid: position.feesPaid + trade.fee,
    updatedAt: now,
  };
}

/**
 * A position holding only losing shares of a resolved market: nothing to redeem, it closes as
 * resolved at 0 (the held legs recorded at price 0, as paper's resolution does).
 */
export function worthlessClose(position: PositionRow, now: number): { row: PositionRow; trades: TradeRow[] } {
  const { redeem: _none, ...rest } = position;
  const row: PositionRow = { ...rest, ...closePosition(rest, 'resolution', 0, now), updatedAt: now };
  const legs = [
    { side: 'yes' as const, shares: position.sharesYes },
    { side: 'no' as const, shares: position.sharesNo },
  ].filter((leg) => leg.shares > 0);
  const trades = legs.map(
    (leg): TradeRow => ({
      id: `resolution-${position.id}-${leg.side}`,
      positionId: position.id,
      marketId: position.marketId,
      marketName: position.marketName,
      intentId: `resolution-${position.id}`,
      side: leg.side,
      action: 'sell',
      reason: 'resolution',
      price: 0,
      amount: 0,
      shares: leg.shares,
      fee: 0,
      transactionHash: null,
      orderId: null,
      status: 'filled',
      error: null,
      mode: position.mode,
      executedAt: now,
    }),
  );
  return { row, trades };
}
