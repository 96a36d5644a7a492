import { afterEach, describe, expect, it } from 'vitest';
import type { CtfOutcome } from '../../../lib/app/ports/ctf-port';
import { type AccountKind, NEG_RISK_MARKET, STANDARD_MARKET, startLiveCtf } from './live-ctf-harness';

let close: (() => Promise<void>) | null = null;
async function live(kind: AccountKind) {
  const l = await startLiveCtf(kind);
  close = l.close;
  return l;
}
afterEach(async () => {
  await close?.();
  close = null;
});

const done = (o: CtfOutcome) => {
  if (o.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(o)}`);
  return o;
};
const req = (market = STANDARD_MARKET, amount = 10_000_000) => ({ market, amount, positionId: 'pos-1' });

describe('live split, merge and redeem from a plain wallet (EOA, type 0)', () => {
  it('splits 10 pUSD into 10 YES + 10 NO, then merges 4 pairs back; gas is paid in POL and counted', async () => {
    const l = await live('eoa');
    await l.grant('split', false, 10_000_000);
    const split = done(await l.ops.split(req()));
    expect(split.delta).toMatchObject({
      collateral: -10_000_000,
      yesShares: 10_000_000,
      noShares: 10_000_000,
    });
    // 180k gas × 50 gwei = 0.009 POL at $0.25 = $0.00225.
    expect(split.delta.gasPaid).toBe(2_250);
    expect(split.txHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 90_000_000n, yes: 10_000_000n, no: 10_000_000n });

    await l.grant('merge', false);
    const merge = done(await l.ops.merge(req(STANDARD_MARKET, 4_000_000)));
    expect(merge.delta).toMatchObject({ collateral: 4_000_000, yesShares: -4_000_000, noShares: -4_000_000 });
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 94_000_000n, yes: 6_000_000n, no: 6_000_000n });
    expect((await l.journal()).map((e) => [e.op, e.status])).toEqual([
      ['split', 'mined'],
      ['merge', 'mined'],
    ]);
    expect(await l.ops.gas('split')).toMatchObject({ kind: 'eoa', gasUnits: 260_000 });
  });

  it('redeems a resolved standard market: both sides burned, the winner paid, payouts read from the CTF', async () => {
    const l = await live('eoa');
    await l.grant('split', false, 10_000_000);
    done(await l.ops.split(req()));
    expect(await l.ops.payouts(STANDARD_MARKET)).toBeNull();
    expect(await l.ops.redeem(req())).toMatchObject({ status: 'refused', code: 'ctf_approval_ctf' });
    await l.grant('redeem', false);
    expect(await l.ops.redeem(req())).toMatchObject({ status: 'refused', code: 'ctf_unresolved' });
    l.h.chain.ledger.resolve(STANDARD_MARKET.conditionId as `0x${string}`, [1n, 0n]);
    expect(await l.ops.payouts(STANDARD_MARKET)).toEqual([1n, 0n]);
    const redeem = done(await l.ops.redeem(req()));
    expect(redeem.delta).toMatchObject({
      collateral: 10_000_000,
      yesShares: -10_000_000,
      noShares: -10_000_000,
    });
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 100_000_000n, yes: 0n, no: 0n });
  });

  it('refuses before sending what the chain would refuse, and journals nothing', async () => {
    const l = await live('eoa');
    expect(await l.ops.split(req())).toMatchObject({ status: 'refused', code: 'ctf_approval_pusd' });
    await l.grant('split', false, 500_000_000);
    expect(await l.ops.split(req(STANDARD_MARKET, 500_000_000))).toMatchObject({
      status: 'refused',
      code: 'ctf_insufficient_pusd',
    });
    await l.grant('merge', false);
    expect(await l.ops.merge(req())).toMatchObject({ status: 'refused', code: 'ctf_insufficient_pairs' });
    const v2 = { ...STANDARD_MARKET, protocolVersion: 'v2' };
    expect(await l.ops.split(req(v2))).toMatchObject({ status: 'refused', code: 'ctf_v2_unsupported' });
    const misKeyed = { ...STANDARD_MARKET, negRisk: true };
    expect(await l.ops.split(req(misKeyed))).toMatchObject({ status: 'refused', code: 'ctf_token_mismatch' });
    expect(await l.journal()).toEqual([]);
    expect(l.h.chain.received).toHaveLength(2); // the two approvals only
  });

  it('a merge reverted on chain is reported refused with the reason, and nothing is recorded as done', async () => {
    const l = await live('eoa');
    await l.grant('split', false, 10_000_000);
    done(await l.ops.split(req()));
    await l.grant('merge', false);
    l.h.chain.faults.holdPending = true;
    const pending = l.ops.merge(req(STANDARD_MARKET, 5_000_000));
    // The approval is withdrawn while the merge waits in the mempool: it is mined reverted.
    while (l.h.chain.pending.size === 0) await new Promise((r) => setTimeout(r, 5));
    l.h.chain.ledger.operators.clear();
    l.h.chain.faults.holdPending = false;
    l.h.chain.mine();
    const outcome = await pending;
    expect(outcome).toMatchObject({ status: 'refused', code: 'ctf_reverted' });
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 90_000_000n, yes: 10_000_000n, no: 10_000_000n });
    expect((await l.journal()).at(-1)?.status).toBe('reverted');
    expect(await l.restart().reconcile()).toEqual([]);
  });
});

describe('live operations of relayer accounts (proxy, Safe, deposit wallet)', () => {
  for (const kind of ['proxy', 'safe', 'wallet'] as const) {
    it(`${kind}: splits through Polymarket's relayer, gasless, the hash known once confirmed`, async () => {
      const l = await live(kind);
      await l.grant('split', false, 10_000_000);
      const split = done(await l.ops.split(req()));
      expect(split.delta).toEqual({
        collateral: -10_000_000,
        yesShares: 10_000_000,
        noShares: 10_000_000,
        gasPaid: 0,
      });
      expect(split.txHash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(l.relayer?.accepted.map((b) => b.type)).toEqual([
        { proxy: 'PROXY', safe: 'SAFE', wallet: 'WALLET' }[kind],
      ]);
      expect(l.h.chain.received).toHaveLength(0); // nothing sent from the key itself
      const [entry] = await l.journal();
      expect(entry?.relayerTxId).toMatch(/fake-relay$/);
      expect(await l.ops.gas('split')).toEqual({ kind: 'relayer' });
    });
  }

  it('deposit wallet: redeems a resolved neg-risk market through the neg-risk adapter', async () => {
    const l = await live('wallet');
    await l.grant('split', true, 6_000_000);
    done(await l.ops.split(req(NEG_RISK_MARKET, 6_000_000)));
    await l.grant('redeem', true);
    l.h.chain.ledger.resolve(NEG_RISK_MARKET.conditionId as `0x${string}`, [0n, 1n]);
    const redeem = done(await l.ops.redeem(req(NEG_RISK_MARKET)));
    expect(redeem.delta).toMatchObject({
      collateral: 6_000_000,
      yesShares: -6_000_000,
      noShares: -6_000_000,
    });
    expect(l.h.chain.ledger.calls.map(([, fn]) => fn)).toEqual(['splitPosition', 'redeemPositions']);
  });

  it('a call the relayer does not allow is refused with its words; nothing moves', async () => {
    const l = await live('wallet');
    await l.grant('split', false, 10_000_000);
    if (l.relayer) l.relayer.faults.refuseNext = true;
    const outcome = await l.ops.split(req());
    expect(outcome).toMatchObject({ status: 'refused', code: 'ctf_reverted' });
    expect(outcome.status === 'refused' && outcome.message).toMatch(/is not in the allowed list/);
    expect(l.balances(STANDARD_MARKET).pusd).toBe(100_000_000n);
  });

  it('a busy wallet ("in-flight action") is retried with the same signed request: one split', async () => {
    const l = await live('proxy');
    await l.grant('split', false, 10_000_000);
    if (l.relayer) l.relayer.faults.busyNext = 2;
    done(await l.ops.split(req()));
    expect(l.relayer?.accepted).toHaveLength(1);
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 90_000_000n, yes: 10_000_000n, no: 10_000_000n });
  });

  it('a relayed transaction that fails (STATE_FAILED) is refused and moves nothing', async () => {
    const l = await live('safe');
    await l.grant('split', false, 10_000_000);
    if (l.relayer) l.relayer.faults.failNext = true;
    expect(await l.ops.split(req())).toMatchObject({ status: 'refused', code: 'ctf_reverted' });
    expect(l.balances(STANDARD_MARKET).pusd).toBe(100_000_000n);
  });

  it('the relayer down before anything was signed: the error surfaces and the market is not left blocked', async () => {
    const l = await live('safe');
    await l.grant('split', false, 10_000_000);
    if (l.relayer) l.relayer.faults.downNext = 1;
    await expect(l.ops.split(req())).rejects.toThrow(/service unavailable/);
    expect((await l.journal()).map((e) => e.status)).toEqual(['reverted']);
    done(await l.ops.split(req()));
    expect(l.relayer?.accepted).toHaveLength(1);
  });

  it('a wrong relayer key is refused by the relayer before anything is signed for the chain', async () => {
    const l = await live('wallet');
    await l.grant('split', false, 10_000_000);
    if (l.relayer) Object.assign(l.relayer.auth, { apiKey: 'rotated' });
    const outcome = await l.ops.split(req());
    expect(outcome).toMatchObject({ status: 'refused', code: 'ctf_reverted' });
    expect(outcome.status === 'refused' && outcome.message).toMatch(/invalid relayer api key/);
  });
});
