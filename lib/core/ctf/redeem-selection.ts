import type { Market } from '../model/market';
import type { Micros } from '../model/money';
import type { Position } from '../model/position';
import { type Payouts, planRedeem, type RedeemPlan } from './redeem-payout';

/**
 * Which held positions wait for a redeem, and what they will pay (polymarket-ctf.md §7). The order of
 * the checks is the doc's: Gamma says the market closed and resolved (old markets carry no status),
 * then the chain's payout vector — the only authority on the winner — prices the redeem. Gamma's
 * outcomePrices never decide it, and a losing side worth 0 is never offered as money waiting.
 */

/** Gamma's side of "resolved": closed, and its UMA status is "resolved" or absent (old markets). */
export function gammaSaysResolved(market: Pick<Market, 'closed' | 'resolutionStatus'>): boolean {
  if (!market.closed) return false;
  const status = market.resolutionStatus ?? null;
  return status === null || status.trim().toLowerCase() === 'resolved';
}

export type RedeemCandidate =
  /** Not resolved (Gamma or chain): nothing to do yet. */
  | { kind: 'open' }
  /** Nothing held any more. */
  | { kind: 'empty' }
  /** The chain reports payouts Polymarket cannot produce: never redeem on them. */
  | { kind: 'invalid'; detail: string }
  /** Only losing shares held: redeeming pays 0 (nothing waits; no "Redeem" button). */
  | { kind: 'worthless'; plan: Extract<RedeemPlan, { status: 'redeemable' }> }
  /** Money waits on chain: `plan.payout` is what redeeming pays. */
  | { kind: 'redeemable'; plan: Extract<RedeemPlan, { status: 'redeemable' }> };

/** One position against its market and the chain's payouts (null while not resolved on chain). */
export function redeemCandidate(
  position: Pick<Position, 'sharesYes' | 'sharesNo' | 'status'>,
  market: Pick<Market, 'closed' | 'resolutionStatus' | 'negRisk'>,
  payouts: Payouts | null,
): RedeemCandidate {
  if (position.status === 'closed') return { kind: 'empty' };
  if (!gammaSaysResolved(market)) return { kind: 'open' };
  const plan = planRedeem({
    yesShares: position.sharesYes,
    noShares: position.sharesNo,
    payouts,
    negRisk: market.negRisk,
  });
  if (plan.status === 'unresolved') return { kind: 'open' };
  if (plan.status === 'nothing-held') return { kind: 'empty' };
  if (plan.status === 'invalid-payouts') return { kind: 'invalid', detail: plan.detail };
  return plan.worthless ? { kind: 'worthless', plan } : { kind: 'redeemable', plan };
}

/** "Capital locked in resolved markets": the sum of what the waiting redeems pay (0 when none). */
export function lockedCapital(payouts: readonly Micros[]): Micros {
  return payouts.reduce((sum, p) => sum + Math.max(0, p), 0);
}

/** The capital locked in resolved markets of these open positions: what their waiting redeems pay. */
export function capitalLockedIn(
  positions: readonly { status: Position['status']; redeem?: { payout: Micros } | undefined }[],
): Micros {
  return lockedCapital(positions.filter((p) => p.status !== 'closed').map((p) => p.redeem?.payout ?? 0));
}
