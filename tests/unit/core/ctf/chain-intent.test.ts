import { describe, expect, it } from 'vitest';
import {
  type ChainIntent,
  createIntent,
  IntentTransitionError,
  markMined,
  markRefused,
  markSent,
  markSigned,
  openIntentBlocking,
} from '../../../../lib/core/ctf/chain-intent';
import { type ChainObservation, reconcileIntent } from '../../../../lib/core/ctf/chain-intent-reconcile';

const FROM = '0xAbC0000000000000000000000000000000000001';
const COND = '0x52f00560cff47f0348c6a9b190ffeb7a03ac25a69d8500f6480b3a4531f99316';
const signed = { nonce: 7, hash: '0xhash7', rawTx: '0xraw7', at: 1_000 };

const split = () =>
  createIntent({ id: 'i1', op: 'split', conditionId: COND, amount: 10_000_000, from: FROM, at: 0 });
const obs = (o: Partial<ChainObservation>): ChainObservation => ({
  receipt: null,
  txKnown: false,
  minedNonce: 7,
  now: 2_000,
  ...o,
});

describe('a restart after each step of a split never splits twice', () => {
  it('killed after writing the intent: nothing was signed, so it is safe to sign and send', () => {
    expect(reconcileIntent(split(), null).action).toEqual({ kind: 'sign-and-send' });
  });

  it('killed after signing, before broadcasting: resends the SAME bytes, never signs anew', () => {
    const r = reconcileIntent(markSigned(split(), signed), obs({}));
    expect(r.action).toEqual({ kind: 'broadcast', rawTx: '0xraw7' });
    expect(r.entry.status).toBe('signed');
  });

  it('killed after broadcasting, before recording it: the node knows it, so it is sent and we wait', () => {
    const r = reconcileIntent(markSigned(split(), signed), obs({ txKnown: true }));
    expect(r.action).toEqual({ kind: 'wait' });
    expect(r.entry).toMatchObject({ status: 'sent', broadcasts: 1 });
  });

  it('killed after broadcasting, mined meanwhile: done, with its block', () => {
    const r = reconcileIntent(
      markSigned(split(), signed),
      obs({ receipt: { status: 'success', blockNumber: 88 }, txKnown: true, minedNonce: 8 }),
    );
    expect(r.action).toEqual({ kind: 'done', blockNumber: 88 });
    expect(r.entry).toMatchObject({ status: 'mined', blockNumber: 88 });
    // And a second restart does nothing more.
    expect(reconcileIntent(r.entry, null).action).toEqual({ kind: 'done', blockNumber: 88 });
  });

  it('killed after recording the send, reverted on chain: failed with the reason, no retry', () => {
    const sent = markSent(markSigned(split(), signed), 1_500);
    const r = reconcileIntent(
      sent,
      obs({
        receipt: { status: 'reverted', blockNumber: 90, revertReason: 'TransferFromFailed()' },
        minedNonce: 8,
      }),
    );
    expect(r.action).toEqual({ kind: 'failed', reason: 'TransferFromFailed()' });
    expect(r.entry.status).toBe('reverted');
  });

  it('its nonce went to another transaction: dropped, replan from fresh balances', () => {
    const sent = markSent(markSigned(split(), signed), 1_500);
    const r = reconcileIntent(sent, obs({ minedNonce: 8 }));
    expect(r.action).toEqual({ kind: 'replan' });
    expect(r.entry.status).toBe('dropped');
  });

  it('evicted from the mempool with its nonce still free: waits, then rebroadcasts the same bytes', () => {
    const sent = markSent(markSigned(split(), signed), 1_500);
    expect(reconcileIntent(sent, obs({ now: 30_000 }), { rebroadcastAfterMs: 60_000 }).action).toEqual({
      kind: 'wait',
    });
    expect(reconcileIntent(sent, obs({ now: 61_500 }), { rebroadcastAfterMs: 60_000 }).action).toEqual({
      kind: 'broadcast',
      rawTx: '0xraw7',
    });
    expect(markSent(sent, 61_600).broadcasts).toBe(2);
  });

  it('still pending and known: waits without touching the entry', () => {
    const sent = markSent(markSigned(split(), signed), 1_500);
    expect(reconcileIntent(sent, obs({ txKnown: true }))).toEqual({ entry: sent, action: { kind: 'wait' } });
  });
});

describe('no lost merge', () => {
  it('a merge mined while the extension was down is reported done so its pUSD is counted', () => {
    const merge = createIntent({
      id: 'm1',
      op: 'merge',
      conditionId: COND,
      amount: 25_000_000,
      from: FROM,
      at: 0,
    });
    const r = reconcileIntent(
      markSigned(merge, { ...signed, hash: '0xm', rawTx: '0xrawm' }),
      obs({ receipt: { status: 'success', blockNumber: 91 }, minedNonce: 8, txKnown: true }),
    );
    expect(r.entry).toMatchObject({ op: 'merge', amount: 25_000_000, status: 'mined' });
    expect(r.action.kind).toBe('done');
  });
});

describe('journal rules', () => {
  it('an intent refused before signing (gas estimation reverted) is failed, never sent', () => {
    const refused = markRefused(split(), 'TransferFromFailed()');
    expect(refused).toMatchObject({ status: 'reverted', hash: null, blockNumber: null });
    expect(reconcileIntent(refused, null).action).toEqual({ kind: 'failed', reason: 'TransferFromFailed()' });
    expect(() => markRefused(markSigned(split(), signed), 'x')).toThrow(IntentTransitionError);
  });

  it('blocks a new intent on a condition while one may still reach the chain', () => {
    const open = markSigned(split(), signed);
    const journal: ChainIntent[] = [open];
    expect(openIntentBlocking(journal, FROM.toLowerCase(), COND)?.id).toBe('i1');
    expect(openIntentBlocking(journal, FROM, '0xother')).toBeNull();
    expect(openIntentBlocking([markMined(open, 5)], FROM, COND)).toBeNull();
    // An approval (no condition) waits for anything open on the account.
    expect(openIntentBlocking(journal, FROM, '')?.id).toBe('i1');
  });

  it('refuses impossible transitions', () => {
    expect(() => markSent(split(), 1)).toThrow(IntentTransitionError);
    expect(() => markSigned(markSigned(split(), signed), signed)).toThrow(IntentTransitionError);
    expect(() => markMined(split(), 1)).toThrow(IntentTransitionError);
    expect(() =>
      createIntent({ id: 'x', op: 'split', conditionId: COND, amount: -1, from: FROM, at: 0 }),
    ).toThrow(RangeError);
  });

  it('records a replacement of a dropped intent', () => {
    const again = createIntent({
      id: 'i2',
      op: 'split',
      conditionId: COND,
      amount: 10_000_000,
      from: FROM,
      at: 5,
      supersedes: 'i1',
    });
    expect(again).toMatchObject({ status: 'intent', supersedes: 'i1', nonce: null, hash: null });
  });
});
