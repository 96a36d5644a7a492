import { type Hex, keccak256 } from 'viem';
import { afterEach, describe, expect, it } from 'vitest';
import { observeIntent } from '../../../lib/adapters/chain/chain-intent-observer';
import { approvalsFor, missingApprovalCalls, splitCall } from '../../../lib/adapters/chain/ctf-calls';
import { type ChainIntent, createIntent, markSent, markSigned } from '../../../lib/core/ctf/chain-intent';
import { reconcileIntent } from '../../../lib/core/ctf/chain-intent-reconcile';
import { STANDARD, startCtfHarness } from './ctf-harness';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A harness with the split approval granted, and helpers to sign a split the way the journal wants. */
async function ready() {
  const h = await startCtfHarness();
  close = h.close;
  const nothing = { pusdAllowance: 0n, ctfOperator: false };
  for (const call of missingApprovalCalls(approvalsFor('split', false, 10_000_000), nothing))
    await h.send(call);
  const intent = createIntent({
    id: 'split-1',
    op: 'split',
    conditionId: STANDARD.conditionId,
    amount: 10_000_000,
    from: h.account.address,
    at: 0,
  });
  const sign = async (entry: ChainIntent): Promise<ChainIntent> => {
    const call = splitCall(STANDARD, entry.amount);
    const request = await h.wallet.prepareTransactionRequest({
      to: call.to,
      data: call.data,
      value: 0n,
      gas: 300_000n,
    });
    const rawTx = await h.wallet.signTransaction(request);
    return markSigned(entry, { nonce: request.nonce, hash: keccak256(rawTx), rawTx, at: 1 });
  };
  const broadcast = (entry: ChainIntent) =>
    h.client.sendRawTransaction({ serializedTransaction: entry.rawTx as Hex });
  return { h, intent, sign, broadcast };
}

describe('a split survives a restart at every step without being sent twice', () => {
  it('killed after signing (never broadcast): the restart broadcasts the same bytes, one split lands', async () => {
    const { h, intent, sign } = await ready();
    const signed = await sign(intent);
    const r = reconcileIntent(signed, await observeIntent(h.client, signed, 10));
    expect(r.action).toEqual({ kind: 'broadcast', rawTx: signed.rawTx });
    await h.client.sendRawTransaction({ serializedTransaction: signed.rawTx as Hex });
    const after = reconcileIntent(markSent(signed, 11), await observeIntent(h.client, signed, 12));
    expect(after.action.kind).toBe('done');
    expect(await h.positions(STANDARD)).toEqual({ yes: 10_000_000n, no: 10_000_000n });
  });

  it('killed after broadcasting, still pending: the restart waits, then sees it mined', async () => {
    const { h, intent, sign, broadcast } = await ready();
    const signed = await sign(intent);
    h.chain.faults.holdPending = true;
    await broadcast(signed);
    const pending = reconcileIntent(signed, await observeIntent(h.client, signed, 10));
    expect(pending.action).toEqual({ kind: 'wait' });
    expect(pending.entry.status).toBe('sent');
    h.chain.mine();
    const mined = reconcileIntent(pending.entry, await observeIntent(h.client, signed, 20));
    expect(mined.entry.status).toBe('mined');
    expect(await h.pusdBalance()).toBe(90_000_000n);
  });

  it('a dropped transaction is rebroadcast byte for byte, never re-signed: exactly one split', async () => {
    const { h, intent, sign, broadcast } = await ready();
    const signed = markSent(await sign(intent), 1);
    h.chain.faults.dropNext = true;
    await broadcast(signed);
    expect(h.chain.received).toHaveLength(2); // the approval, then the (lost) split
    const early = reconcileIntent(signed, await observeIntent(h.client, signed, 1_000), {
      rebroadcastAfterMs: 60_000,
    });
    expect(early.action).toEqual({ kind: 'wait' });
    const late = reconcileIntent(signed, await observeIntent(h.client, signed, 61_001), {
      rebroadcastAfterMs: 60_000,
    });
    expect(late.action).toEqual({ kind: 'broadcast', rawTx: signed.rawTx });
    await broadcast(signed);
    const done = reconcileIntent(markSent(signed, 61_002), await observeIntent(h.client, signed, 61_003));
    expect(done.action.kind).toBe('done');
    // A second copy of the same bytes cannot execute again.
    await expect(broadcast(signed)).rejects.toThrow(/already known|nonce too low/);
    expect(await h.positions(STANDARD)).toEqual({ yes: 10_000_000n, no: 10_000_000n });
    expect(await h.pusdBalance()).toBe(90_000_000n);
  });

  it('its nonce used by another transaction meanwhile: dropped, replan, nothing split', async () => {
    const { h, intent, sign } = await ready();
    const signed = markSent(await sign(intent), 1);
    // Another transaction from the same account takes the nonce (e.g. sent by hand from the wallet).
    await h.send(
      missingApprovalCalls(approvalsFor('merge', false), { pusdAllowance: 0n, ctfOperator: false })[0]!,
    );
    const r = reconcileIntent(signed, await observeIntent(h.client, signed, 5));
    expect(r.action).toEqual({ kind: 'replan' });
    expect(r.entry.status).toBe('dropped');
    expect(await h.positions(STANDARD)).toEqual({ yes: 0n, no: 0n });
  });

  it('a reverted split is reported failed with nothing moved', async () => {
    const { h, sign } = await ready();
    const tooBig = createIntent({
      id: 'split-2',
      op: 'split',
      conditionId: STANDARD.conditionId,
      amount: 500_000_000,
      from: h.account.address,
      at: 0,
    });
    const signed = markSent(await sign(tooBig), 1);
    await h.client.sendRawTransaction({ serializedTransaction: signed.rawTx as Hex });
    const r = reconcileIntent(signed, await observeIntent(h.client, signed, 2));
    expect(r.action.kind).toBe('failed');
    expect(r.entry.status).toBe('reverted');
    expect(await h.pusdBalance()).toBe(100_000_000n);
  });
});
