import { afterEach, describe, expect, it } from 'vitest';
import {
  approvalsFor,
  conditionalTokensAbi,
  mergeCall,
  missingApprovalCalls,
  redeemCall,
  splitCall,
} from '../../../lib/adapters/chain/ctf-calls';
import { CTF_CONTRACTS } from '../../../lib/core/ctf/ctf-contracts';
import { checkRedeemOutcome, planRedeem } from '../../../lib/core/ctf/redeem-payout';
import { NEG_RISK, STANDARD, startCtfHarness } from './ctf-harness';

let close: (() => Promise<void>) | null = null;
async function harness() {
  const h = await startCtfHarness();
  close = h.close;
  return h;
}
afterEach(async () => {
  await close?.();
  close = null;
});

type Harness = Awaited<ReturnType<typeof harness>>;
const grant = async (h: Harness, op: 'split' | 'merge' | 'redeem', negRisk: boolean, amount = 0) => {
  const nothing = { pusdAllowance: 0n, ctfOperator: false };
  for (const call of missingApprovalCalls(approvalsFor(op, negRisk, amount), nothing)) {
    expect((await h.send(call)).status).toBe('success');
  }
};

describe('split, merge and redeem against the fake Polygon', () => {
  it('splits 10 pUSD into 10 YES + 10 NO of the real token ids, then merges 4 pairs back', async () => {
    const h = await harness();
    await grant(h, 'split', false, 10_000_000);
    expect((await h.send(splitCall(STANDARD, 10_000_000))).status).toBe('success');
    expect(await h.pusdBalance()).toBe(90_000_000n);
    expect(await h.positions(STANDARD)).toEqual({ yes: 10_000_000n, no: 10_000_000n });

    await grant(h, 'merge', false);
    expect((await h.send(mergeCall(STANDARD, 4_000_000))).status).toBe('success');
    expect(await h.pusdBalance()).toBe(94_000_000n);
    expect(await h.positions(STANDARD)).toEqual({ yes: 6_000_000n, no: 6_000_000n });
  });

  it('redeems a resolved standard market: both balances burned, the winner paid in pUSD', async () => {
    const h = await harness();
    await grant(h, 'split', false, 10_000_000);
    await h.send(splitCall(STANDARD, 10_000_000));
    await grant(h, 'merge', false);
    h.chain.ledger.resolve(STANDARD.conditionId, [1n, 0n]);
    const held = await h.positions(STANDARD);
    const plan = planRedeem({
      yesShares: Number(held.yes),
      noShares: Number(held.no),
      payouts: [1n, 0n],
      negRisk: false,
    });
    const before = await h.pusdBalance();
    expect((await h.send(redeemCall(STANDARD))).status).toBe('success');
    const after = await h.positions(STANDARD);
    expect(after).toEqual({ yes: 0n, no: 0n });
    if (plan.status !== 'redeemable') throw new Error('expected a redeemable plan');
    const pusdDelta = Number((await h.pusdBalance()) - before);
    expect(pusdDelta).toBe(10_000_000);
    expect(checkRedeemOutcome(plan, { yesShares: 0, noShares: 0, pusdDelta })).toEqual({ ok: true });
  });

  it('splits and redeems a neg-risk market through the neg-risk adapter, ids keyed to wcol', async () => {
    const h = await harness();
    await grant(h, 'split', true, 5_000_000);
    await h.send(splitCall(NEG_RISK, 5_000_000));
    expect(await h.positions(NEG_RISK)).toEqual({ yes: 5_000_000n, no: 5_000_000n });
    // The standard adapter's USDC.e-keyed ids stay untouched.
    expect(await h.positions({ ...NEG_RISK, negRisk: false })).toEqual({ yes: 0n, no: 0n });
    h.chain.ledger.resolve(NEG_RISK.conditionId, [0n, 1n]);
    const denominator = await h.client.readContract({
      address: CTF_CONTRACTS.conditionalTokens,
      abi: conditionalTokensAbi,
      functionName: 'payoutDenominator',
      args: [NEG_RISK.conditionId],
    });
    expect(denominator).toBe(1n);
    await grant(h, 'redeem', true);
    await h.send(redeemCall(NEG_RISK));
    expect(await h.positions(NEG_RISK)).toEqual({ yes: 0n, no: 0n });
    expect(await h.pusdBalance()).toBe(100_000_000n);
  });
});

describe('what the chain refuses', () => {
  it('refuses a split without the pUSD allowance, with the adapter’s own error', async () => {
    const h = await harness();
    await expect(h.send(splitCall(STANDARD, 1_000_000))).rejects.toThrow(/TransferFromFailed/);
    expect(await h.pusdBalance()).toBe(100_000_000n);
  });

  it('refuses a merge without the CTF operator approval; sent anyway it is mined reverted and moves nothing', async () => {
    const h = await harness();
    await grant(h, 'split', false, 3_000_000);
    await h.send(splitCall(STANDARD, 3_000_000));
    await expect(h.send(mergeCall(STANDARD, 1_000_000))).rejects.toThrow(
      /ERC1155: need operator approval for 3rd party transfers\./,
    );
    const nonceBefore = await h.client.getTransactionCount({ address: h.account.address });
    const receipt = await h.send(mergeCall(STANDARD, 1_000_000), 300_000n);
    expect(receipt.status).toBe('reverted');
    expect(await h.client.getTransactionCount({ address: h.account.address })).toBe(nonceBefore + 1);
    expect(await h.positions(STANDARD)).toEqual({ yes: 3_000_000n, no: 3_000_000n });
    expect(await h.pusdBalance()).toBe(97_000_000n);
  });

  it('refuses to merge more pairs than held, and to redeem before resolution', async () => {
    const h = await harness();
    await grant(h, 'split', false, 2_000_000);
    await h.send(splitCall(STANDARD, 2_000_000));
    await grant(h, 'merge', false);
    await expect(h.send(mergeCall(STANDARD, 3_000_000))).rejects.toThrow(/SafeMath: subtraction overflow/);
    await expect(h.send(redeemCall(STANDARD))).rejects.toThrow(/result for condition not received yet/);
  });
});
