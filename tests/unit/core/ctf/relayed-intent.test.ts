import { describe, expect, it } from 'vitest';
import { createIntent } from '../../../../lib/core/ctf/chain-intent';
import {
  balancesShowDone,
  markRelaySigned,
  markRelaySubmitted,
  reconcileRelayed,
} from '../../../../lib/core/ctf/relayed-intent';

const intent = () =>
  createIntent({
    id: 'r-1',
    op: 'merge',
    conditionId: '0x01',
    amount: 5_000_000,
    from: '0xwallet',
    at: 0,
    context: { positionId: 'p', negRisk: false, before: { collateral: 0, yes: 5_000_000, no: 5_000_000 } },
  });

describe('relayed journal steps', () => {
  it('a signed request without a relayer id is submitted again while its wallet nonce is free', () => {
    const signed = markRelaySigned(intent(), { nonce: '7', request: '{"nonce":"7"}', at: 1 });
    expect(reconcileRelayed(signed, { relay: null, walletNonce: '7' }).action).toEqual({
      kind: 'resubmit',
      request: '{"nonce":"7"}',
    });
    // The wallet moved past nonce 7: never resubmit, let the balances tell.
    expect(reconcileRelayed(signed, { relay: null, walletNonce: '8' }).action).toEqual({
      kind: 'check-balances',
    });
  });

  it('a submitted id is polled: NEW waits, CONFIRMED is mined with its hash, FAILED/INVALID revert', () => {
    const sent = markRelaySubmitted(markRelaySigned(intent(), { nonce: '7', request: '{}', at: 1 }), {
      transactionId: 'tx-1',
      at: 2,
    });
    const seen = (state: string, transactionHash: string | null = null, errorMsg: string | null = null) =>
      reconcileRelayed(sent, { relay: { state, transactionHash, errorMsg }, walletNonce: null });
    expect(seen('STATE_NEW').action).toEqual({ kind: 'wait' });
    expect(seen('STATE_MINED').action).toEqual({ kind: 'wait' });
    const confirmed = seen('STATE_CONFIRMED', '0xabc');
    expect(confirmed.entry).toMatchObject({ status: 'mined', hash: '0xabc', relayerTxId: 'tx-1' });
    expect(seen('STATE_FAILED', null, 'execution reverted: x').entry).toMatchObject({
      status: 'reverted',
      revertReason: 'execution reverted: x',
    });
    expect(seen('STATE_INVALID').action).toEqual({ kind: 'failed', reason: 'STATE_INVALID' });
  });

  it('balances decide a request of unknown fate: merge removed the pairs, redeem emptied both sides', () => {
    const before = { collateral: 0, yes: 5_000_000, no: 5_000_000 };
    expect(balancesShowDone('merge', 5_000_000, before, { collateral: 5_000_000, yes: 0, no: 0 })).toBe(true);
    expect(balancesShowDone('merge', 5_000_000, before, before)).toBe(false);
    expect(
      balancesShowDone('split', 1_000_000, before, { collateral: 0, yes: 6_000_000, no: 6_000_000 }),
    ).toBe(true);
    expect(balancesShowDone('redeem', 0, before, { collateral: 5_000_000, yes: 0, no: 0 })).toBe(true);
    expect(balancesShowDone('redeem', 0, before, before)).toBe(false);
  });
});
