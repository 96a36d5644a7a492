import { microsToDecimalString as formatMicros, type Micros } from '../model/money';
import { type Payouts, planRedeem } from './redeem-payout';

/**
 * What the chain would refuse, checked before an intent is written (polymarket-ctf.md §3, §5, §7):
 * the approval the adapter needs, enough pUSD to split, enough pairs to merge, a resolved condition
 * and something to redeem. A refusal here sends nothing; its code is the UI's message key.
 */
export interface PreflightState {
  pusd: Micros;
  yes: Micros;
  no: Micros;
  granted: { pusdAllowance: bigint; ctfOperator: boolean };
  payouts: Payouts | null;
}

export interface PreflightRefusal {
  code:
    | 'ctf_bad_amount'
    | 'ctf_approval_pusd'
    | 'ctf_approval_ctf'
    | 'ctf_insufficient_pusd'
    | 'ctf_insufficient_pairs'
    | 'ctf_unresolved'
    | 'ctf_nothing_held';
  message: string;
}

export function preflightCtf(
  op: 'split' | 'merge' | 'redeem',
  amount: Micros,
  s: PreflightState,
  negRisk: boolean,
): PreflightRefusal | null {
  const adapter = negRisk ? 'the neg-risk collateral adapter' : 'the collateral adapter';
  if (op !== 'redeem' && (!Number.isInteger(amount) || amount <= 0))
    return { code: 'ctf_bad_amount', message: `A ${op} needs a positive whole number of micro-pairs.` };
  if (op === 'split') {
    if (s.granted.pusdAllowance < BigInt(amount))
      return {
        code: 'ctf_approval_pusd',
        message: `pUSD is not approved to ${adapter}; the wallet doctor can grant it.`,
      };
    if (s.pusd < amount)
      return {
        code: 'ctf_insufficient_pusd',
        message: `Splitting ${formatMicros(amount)} pairs needs ${formatMicros(amount)} pUSD; the wallet holds ${formatMicros(s.pusd)}.`,
      };
    return null;
  }
  if (!s.granted.ctfOperator)
    return {
      code: 'ctf_approval_ctf',
      message: `The conditional tokens are not approved to ${adapter}; the wallet doctor can grant it.`,
    };
  if (op === 'merge') {
    const pairs = Math.min(s.yes, s.no);
    if (pairs < amount)
      return {
        code: 'ctf_insufficient_pairs',
        message: `Merging ${formatMicros(amount)} pairs needs as many YES and NO; the wallet holds ${formatMicros(pairs)} pairs.`,
      };
    return null;
  }
  const plan = planRedeem({ yesShares: s.yes, noShares: s.no, payouts: s.payouts, negRisk });
  if (plan.status === 'unresolved' || plan.status === 'invalid-payouts')
    return { code: 'ctf_unresolved', message: 'The market is not resolved on chain yet: nothing to redeem.' };
  if (plan.status === 'nothing-held')
    return { code: 'ctf_nothing_held', message: 'The wallet holds no shares of this market.' };
  return null;
}
