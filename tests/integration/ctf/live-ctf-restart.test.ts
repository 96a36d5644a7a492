import { afterEach, describe, expect, it } from 'vitest';
import type { CtfOutcome } from '../../../lib/app/ports/ctf-port';
import type { ChainIntent } from '../../../lib/core/ctf/chain-intent';
import {
  type AccountKind,
  NEG_RISK_MARKET,
  STANDARD_MARKET,
  startLiveCtf,
  WorkerKilled,
} from './live-ctf-harness';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

type Op = 'split' | 'merge' | 'redeem';
const req = (market = STANDARD_MARKET, amount = 10_000_000) => ({ market, amount, positionId: 'pos-7' });

/** A live account holding 10 pairs (split done before the kill), ready for `op`. */
async function prepared(kind: AccountKind, op: Op, market = STANDARD_MARKET) {
  const l = await startLiveCtf(kind);
  close = l.close;
  await l.grant('split', market.negRisk, 100_000_000);
  await l.grant('merge', market.negRisk);
  if (op !== 'split') expect((await l.ops.split(req(market))).status).toBe('done');
  if (op === 'redeem') l.h.chain.ledger.resolve(market.conditionId as `0x${string}`, [1n, 0n]);
  return l;
}

/** Transactions that reached the chain or the relayer so far. */
const sent = (l: Awaited<ReturnType<typeof prepared>>) =>
  l.h.chain.received.length + (l.relayer?.accepted.length ?? 0);

/** Reconcile after the restart until the operation is settled; collects every reported outcome. */
async function reconcileUntilSettled(ops: { reconcile(): Promise<{ op: string; outcome: CtfOutcome }[]> }) {
  const reported: { op: string; outcome: CtfOutcome }[] = [];
  for (let i = 0; i < 10; i += 1) {
    const round = await ops.reconcile();
    reported.push(...round.filter((r) => r.outcome.status !== 'pending'));
    if (round.every((r) => r.outcome.status !== 'pending')) break;
  }
  return reported;
}

const EXPECTED: Record<Op, { collateral: number; yesShares: number; noShares: number }> = {
  split: { collateral: -10_000_000, yesShares: 10_000_000, noShares: 10_000_000 },
  merge: { collateral: 10_000_000, yesShares: -10_000_000, noShares: -10_000_000 },
  redeem: { collateral: 10_000_000, yesShares: -10_000_000, noShares: -10_000_000 },
};

describe('a worker killed right after sending: the restart reconciles from the journal, never a second transaction', () => {
  const cases: [AccountKind, Op, ChainIntent['status']][] = [
    ['eoa', 'split', 'sent'],
    ['eoa', 'merge', 'sent'],
    ['eoa', 'redeem', 'sent'],
    ['eoa', 'split', 'signed'],
    ['wallet', 'split', 'sent'],
    ['wallet', 'merge', 'sent'],
    ['proxy', 'redeem', 'sent'],
    ['proxy', 'split', 'signed'],
  ];
  for (const [kind, op, status] of cases) {
    it(`${kind}: ${op} killed once saved as "${status}" → one ${op}, reported once after the restart`, async () => {
      const l = await prepared(kind, op);
      const before = sent(l);
      l.killAfter((e) => e.op === op && e.status === status);
      await expect(l.ops[op](req())).rejects.toBeInstanceOf(WorkerKilled);

      const restarted = l.restart(); // nothing of the old object survives: only the persisted journal
      const reported = await reconcileUntilSettled(restarted);
      expect(reported).toHaveLength(1);
      expect(reported[0]?.op).toBe(op);
      const outcome = reported[0]?.outcome;
      if (outcome?.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(outcome)}`);
      expect(outcome.delta).toMatchObject(EXPECTED[op]);
      expect(sent(l) - before).toBe(1);
      const after = l.balances(STANDARD_MARKET);
      const pairs = op === 'split' ? 10_000_000n : 0n;
      expect(after).toEqual({ pusd: op === 'split' ? 90_000_000n : 100_000_000n, yes: pairs, no: pairs });
      // Reported once: a second reconcile has nothing more to say, and a new split can go.
      expect(await restarted.reconcile()).toEqual([]);
    });
  }

  it('deposit wallet: a neg-risk redeem killed after the relayer took it is polled, not submitted again', async () => {
    const l = await prepared('wallet', 'redeem', NEG_RISK_MARKET);
    l.killAfter((e) => e.op === 'redeem' && e.status === 'sent');
    await expect(l.ops.redeem(req(NEG_RISK_MARKET))).rejects.toBeInstanceOf(WorkerKilled);
    const entry = (await l.journal()).find((e) => e.op === 'redeem');
    expect(entry?.relayerTxId).toMatch(/fake-relay$/);
    const reported = await reconcileUntilSettled(l.restart());
    expect(reported.map((r) => r.outcome.status)).toEqual(['done']);
    expect(l.relayer?.accepted.map((b) => b.type)).toEqual(['WALLET', 'WALLET']); // the split, the redeem
    expect(l.balances(NEG_RISK_MARKET)).toEqual({ pusd: 100_000_000n, yes: 0n, no: 0n });
  });

  it('killed before anything was signed: the restart sends nothing and reports it as not done', async () => {
    const l = await prepared('eoa', 'merge');
    const before = sent(l);
    l.killAfter((e) => e.op === 'merge' && e.status === 'intent');
    await expect(l.ops.merge(req())).rejects.toBeInstanceOf(WorkerKilled);
    const reported = await reconcileUntilSettled(l.restart());
    expect(reported).toMatchObject([{ op: 'merge', outcome: { status: 'refused', code: 'ctf_reverted' } }]);
    expect(sent(l)).toBe(before);
    expect(l.balances(STANDARD_MARKET)).toEqual({ pusd: 90_000_000n, yes: 10_000_000n, no: 10_000_000n });
  });

  it('while a split may still reach the chain, a second split of the same market is refused', async () => {
    const l = await prepared('eoa', 'split');
    l.h.chain.faults.holdPending = true;
    l.killAfter((e) => e.op === 'split' && e.status === 'sent');
    await expect(l.ops.split(req())).rejects.toBeInstanceOf(WorkerKilled);
    const restarted = l.restart();
    // Another position's split of the same market waits its turn; the same position's is the one sent.
    expect(await restarted.split({ ...req(), positionId: 'pos-8' })).toMatchObject({
      status: 'refused',
      code: 'ctf_busy',
    });
    expect(await restarted.split(req())).toMatchObject({ status: 'pending' });
    l.h.chain.mine();
    expect((await reconcileUntilSettled(restarted)).map((r) => r.outcome.status)).toEqual(['done']);
    expect(l.balances(STANDARD_MARKET).yes).toBe(10_000_000n);
  });
});
