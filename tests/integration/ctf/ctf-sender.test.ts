import { afterEach, describe, expect, it } from 'vitest';
import { approvalsFor, missingApprovalCalls, splitCall } from '../../../lib/adapters/chain/ctf-calls';
import { readCtfMarketState } from '../../../lib/adapters/chain/ctf-reads';
import { type IntentStore, resumeIntent, sendIntent } from '../../../lib/adapters/chain/ctf-sender';
import { type ChainIntent, createIntent } from '../../../lib/core/ctf/chain-intent';
import { STANDARD, startCtfHarness } from './ctf-harness';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

class Killed extends Error {}

/** The journal as persisted; `killOn(status, when)` simulates the extension dying around one save. */
class MemoryStore implements IntentStore {
  saved: ChainIntent | null = null;
  saves = 0;
  private kill: { status: ChainIntent['status']; when: 'before' | 'after' } | null = null;
  killOn(status: ChainIntent['status'], when: 'before' | 'after') {
    this.kill = { status, when };
  }
  async save(entry: ChainIntent) {
    const dying = this.kill?.status === entry.status ? this.kill.when : null;
    if (dying === 'before') throw new Killed(`killed before saving ${entry.status}`);
    this.saved = entry;
    this.saves += 1;
    if (dying === 'after') throw new Killed(`killed after saving ${entry.status}`);
  }
}

async function setup(options: { approve?: boolean } = {}) {
  const h = await startCtfHarness();
  close = h.close;
  if (options.approve !== false) {
    const nothing = { pusdAllowance: 0n, ctfOperator: false };
    for (const call of missingApprovalCalls(approvalsFor('split', false, 10_000_000), nothing))
      await h.send(call);
  }
  const store = new MemoryStore();
  let clock = 1_000;
  const deps = { wallet: h.wallet, client: h.client, store, now: () => clock++ };
  const call = splitCall(STANDARD, 10_000_000);
  const intent = createIntent({
    id: 'split-1',
    op: 'split',
    conditionId: STANDARD.conditionId,
    amount: 10_000_000,
    from: h.account.address,
    at: 0,
    call: { to: call.to, data: call.data },
  });
  await store.save(intent);
  const state = () => readCtfMarketState(h.client, h.account.address, STANDARD);
  return { h, store, deps, intent, state };
}

describe('sending a journalled split from an EOA', () => {
  it('signs, saves, sends, and resumes to done; the reads show one split', async () => {
    const { store, deps, intent, state } = await setup();
    const sent = await sendIntent(deps, intent);
    expect(sent.status).toBe('sent');
    expect(store.saved?.status).toBe('sent');
    const r = await resumeIntent(deps, sent);
    expect(r.action.kind).toBe('done');
    expect(store.saved?.status).toBe('mined');
    expect(await state()).toMatchObject({ pusd: 90_000_000, yes: 10_000_000, no: 10_000_000, payouts: null });
  });

  it('killed right after saving the signed bytes: the restart broadcasts them, one split lands', async () => {
    const { h, store, deps, intent, state } = await setup();
    store.killOn('signed', 'after');
    await expect(sendIntent(deps, intent)).rejects.toThrow(Killed);
    expect(h.chain.received).toHaveLength(1); // only the approval left the process
    const r = await resumeIntent(deps, store.saved as ChainIntent);
    expect(r.action.kind).toBe('broadcast');
    const done = await resumeIntent(deps, store.saved as ChainIntent);
    expect(done.action.kind).toBe('done');
    expect((await state()).pusd).toBe(90_000_000);
  });

  it('killed after broadcasting, before saving "sent": the restart finds it mined, never splits twice', async () => {
    const { store, deps, intent, state } = await setup();
    store.killOn('sent', 'before');
    await expect(sendIntent(deps, intent)).rejects.toThrow(Killed);
    expect(store.saved?.status).toBe('signed');
    const r = await resumeIntent(deps, store.saved as ChainIntent);
    expect(r.action.kind).toBe('done');
    expect(await state()).toMatchObject({ pusd: 90_000_000, yes: 10_000_000 });
  });

  it('killed after writing the intent only: the restart signs and sends it once', async () => {
    const { deps, store, intent, state } = await setup();
    const first = await resumeIntent(deps, intent);
    expect(first.action.kind).toBe('sign-and-send');
    await resumeIntent(deps, store.saved as ChainIntent);
    expect(store.saved?.status).toBe('mined');
    expect((await state()).yes).toBe(10_000_000);
  });

  it('refused by gas estimation without the pUSD allowance: failed with the adapter’s reason, nothing sent', async () => {
    const { h, deps, intent, state } = await setup({ approve: false });
    const refused = await sendIntent(deps, intent);
    expect(refused).toMatchObject({ status: 'reverted', revertReason: 'TransferFromFailed()', hash: null });
    expect((await resumeIntent(deps, refused)).action).toEqual({
      kind: 'failed',
      reason: 'TransferFromFailed()',
    });
    expect(h.chain.received).toHaveLength(0);
    expect(await state()).toMatchObject({
      pusd: 100_000_000,
      granted: { pusdAllowance: 0n, ctfOperator: false },
    });
  });

  it('a network failure before signing leaves the intent to be resumed, not failed', async () => {
    const { h, store, deps, intent } = await setup();
    await h.close();
    close = null;
    await expect(sendIntent(deps, intent)).rejects.toThrow();
    expect(store.saved).toMatchObject({ status: 'intent', hash: null });
  });

  it('reads the on-chain resolution once the condition is resolved', async () => {
    const { h, state } = await setup();
    h.chain.ledger.resolve(STANDARD.conditionId, [1n, 1n]);
    expect((await state()).payouts).toEqual([1n, 1n]);
  });
});
