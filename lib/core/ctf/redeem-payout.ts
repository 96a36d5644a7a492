import type { Micros } from '../model/money';

/**
 * What redeeming a resolved binary condition pays (gnosis ConditionalTokens.redeemPositions): each
 * side pays balance × numerator ÷ denominator, rounded down per side, denominator = the sum of the
 * numerators. The collateral adapters always redeem BOTH whole balances in one go (polymarket-ctf.md §3),
 * so there is no partial redeem. Neg-risk questions only resolve [1,0] or [0,1].
 */
export type Payouts = readonly [bigint, bigint];

export type RedeemPlan =
  | { status: 'unresolved' }
  | { status: 'invalid-payouts'; detail: string }
  | { status: 'nothing-held' }
  | {
      status: 'redeemable';
      payout: Micros;
      yesPayout: Micros;
      noPayout: Micros;
      /** Balances the adapter will burn (both, whole). */
      burnYes: Micros;
      burnNo: Micros;
      /** True when only losing shares are held: redeeming pays 0 (offer "clear", not "redeem"). */
      worthless: boolean;
    };

export interface RedeemInput {
  yesShares: Micros;
  noShares: Micros;
  /** payoutNumerators [YES, NO]; null while payoutDenominator is 0 (not resolved on-chain). */
  payouts: Payouts | null;
  negRisk: boolean;
}

export function planRedeem({ yesShares, noShares, payouts, negRisk }: RedeemInput): RedeemPlan {
  if (payouts === null) return { status: 'unresolved' };
  const [a, b] = payouts;
  const den = a + b;
  if (a < 0n || b < 0n || den === 0n) return { status: 'invalid-payouts', detail: `[${a},${b}]` };
  if (negRisk && a !== 0n && b !== 0n) {
    return { status: 'invalid-payouts', detail: `neg-risk resolves [1,0] or [0,1], got [${a},${b}]` };
  }
  if (yesShares <= 0 && noShares <= 0) return { status: 'nothing-held' };
  const yesPayout = Number((BigInt(Math.max(0, yesShares)) * a) / den);
  const noPayout = Number((BigInt(Math.max(0, noShares)) * b) / den);
  const payout = yesPayout + noPayout;
  return {
    status: 'redeemable',
    payout,
    yesPayout,
    noPayout,
    burnYes: Math.max(0, yesShares),
    burnNo: Math.max(0, noShares),
    worthless: payout === 0,
  };
}

export type RedeemCheck = { ok: true } | { ok: false; reason: 'positions-not-burned' | 'payout-mismatch' };

/**
 * Verify a mined redeem by what moved, not by the receipt status: a redeem aimed at the wrong
 * collateral succeeds on-chain, burns nothing and pays nothing (polymarket-ctf.md §7).
 */
export function checkRedeemOutcome(
  plan: Extract<RedeemPlan, { status: 'redeemable' }>,
  after: { yesShares: Micros; noShares: Micros; pusdDelta: Micros },
): RedeemCheck {
  if (after.yesShares !== 0 || after.noShares !== 0) return { ok: false, reason: 'positions-not-burned' };
  if (after.pusdDelta !== plan.payout) return { ok: false, reason: 'payout-mismatch' };
  return { ok: true };
}
