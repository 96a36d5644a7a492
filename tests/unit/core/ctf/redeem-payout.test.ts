import { describe, expect, it } from 'vitest';
import { checkRedeemOutcome, planRedeem } from '../../../../lib/core/ctf/redeem-payout';

const held = { yesShares: 40_000_000, noShares: 10_000_000 };

describe('redeeming a resolved condition', () => {
  it('pays the doc’s worked example: YES wins, 50/50, NO wins', () => {
    expect(planRedeem({ ...held, payouts: [1n, 0n], negRisk: false })).toMatchObject({
      status: 'redeemable',
      payout: 40_000_000,
      burnYes: 40_000_000,
      burnNo: 10_000_000,
      worthless: false,
    });
    expect(planRedeem({ ...held, payouts: [1n, 1n], negRisk: false })).toMatchObject({ payout: 25_000_000 });
    expect(planRedeem({ ...held, payouts: [0n, 1n], negRisk: false })).toMatchObject({ payout: 10_000_000 });
  });

  it('rounds each side down as the CTF does', () => {
    expect(planRedeem({ yesShares: 3, noShares: 3, payouts: [1n, 1n], negRisk: false })).toMatchObject({
      yesPayout: 1,
      noPayout: 1,
      payout: 2,
    });
  });

  it('pays a neg-risk winner and refuses a 50/50 a neg-risk question cannot have', () => {
    expect(planRedeem({ ...held, payouts: [0n, 1n], negRisk: true })).toMatchObject({ payout: 10_000_000 });
    expect(planRedeem({ ...held, payouts: [1n, 1n], negRisk: true }).status).toBe('invalid-payouts');
  });

  it('flags only-losing shares as worthless (redeemable on the Data API, worth 0)', () => {
    expect(planRedeem({ yesShares: 0, noShares: 5_000_000, payouts: [1n, 0n], negRisk: true })).toMatchObject(
      {
        payout: 0,
        worthless: true,
        burnNo: 5_000_000,
      },
    );
  });

  it('waits while unresolved and has nothing to do without shares', () => {
    expect(planRedeem({ ...held, payouts: null, negRisk: false })).toEqual({ status: 'unresolved' });
    expect(planRedeem({ yesShares: 0, noShares: 0, payouts: [1n, 0n], negRisk: false })).toEqual({
      status: 'nothing-held',
    });
    expect(planRedeem({ ...held, payouts: [0n, 0n], negRisk: false }).status).toBe('invalid-payouts');
  });

  it('judges a mined redeem by burned balances and paid pUSD, not by the receipt', () => {
    const plan = planRedeem({ ...held, payouts: [1n, 0n], negRisk: false });
    if (plan.status !== 'redeemable') throw new Error('expected redeemable');
    expect(checkRedeemOutcome(plan, { yesShares: 0, noShares: 0, pusdDelta: 40_000_000 })).toEqual({
      ok: true,
    });
    // Wrong collateral: the tx succeeds, nothing burns, nothing is paid.
    expect(checkRedeemOutcome(plan, { ...held, pusdDelta: 0 })).toEqual({
      ok: false,
      reason: 'positions-not-burned',
    });
    expect(checkRedeemOutcome(plan, { yesShares: 0, noShares: 0, pusdDelta: 1 })).toEqual({
      ok: false,
      reason: 'payout-mismatch',
    });
  });
});
