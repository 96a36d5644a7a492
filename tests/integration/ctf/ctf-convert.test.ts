import type { Hex } from 'viem';
import { afterEach, describe, expect, it } from 'vitest';
import {
  approvalsFor,
  convertCall,
  missingApprovalCalls,
  splitCall,
} from '../../../lib/adapters/chain/ctf-calls';
import { binaryTokenIds } from '../../../lib/adapters/chain/ctf-ids';
import { startCtfHarness } from './ctf-harness';

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

const MARKET_ID = `0x${'ab'.repeat(31)}00` as Hex;
const question = (i: number) => `0x${(i + 1).toString(16).padStart(64, '0')}` as Hex;

/** polymarket-ctf.md §9 example 5: a 4-question event, NO_A and NO_B converted. */
async function event(feeBips: bigint) {
  const h = await startCtfHarness();
  close = h.close;
  const conditions = [0, 1, 2, 3].map(question);
  h.chain.ledger.addNegRiskEvent(MARKET_ID, conditions, feeBips);
  const nothing = { pusdAllowance: 0n, ctfOperator: false };
  for (const call of missingApprovalCalls(approvalsFor('split', true, 40_000_000), nothing))
    await h.send(call);
  for (const call of missingApprovalCalls(approvalsFor('convert', true), nothing)) await h.send(call);
  for (const c of conditions.slice(0, 2))
    await h.send(splitCall({ conditionId: c, negRisk: true }, 10_000_000));
  const balance = async (c: Hex, side: 'yes' | 'no') =>
    (await h.positions({ conditionId: c, negRisk: true }))[side];
  return { h, conditions, balance };
}

describe('convert on a neg-risk event (fake chain)', () => {
  it('10 NO of A and B become 10 YES of C and D and 10 pUSD, without fee', async () => {
    const { h, conditions, balance } = await event(0n);
    const before = await h.pusdBalance();
    expect((await h.send(convertCall(MARKET_ID, 0b0011n, 10_000_000))).status).toBe('success');
    expect(await balance(conditions[0] as Hex, 'no')).toBe(0n);
    expect(await balance(conditions[1] as Hex, 'no')).toBe(0n);
    expect(await balance(conditions[2] as Hex, 'yes')).toBe(10_000_000n);
    expect(await balance(conditions[3] as Hex, 'yes')).toBe(10_000_000n);
    expect((await h.pusdBalance()) - before).toBe(10_000_000n);
    // Ids stay keyed to the wrapped collateral, like the neg-risk adapter's.
    expect(binaryTokenIds(conditions[2] as Hex, true).yes).not.toBe(
      binaryTokenIds(conditions[2] as Hex, false).yes,
    );
  });

  it('a 1 % fee leaves 9.9 of each YES and 9.9 pUSD; an index set beyond the event reverts', async () => {
    const { h, conditions, balance } = await event(100n);
    const before = await h.pusdBalance();
    await h.send(convertCall(MARKET_ID, 0b0011n, 10_000_000));
    expect(await balance(conditions[3] as Hex, 'yes')).toBe(9_900_000n);
    expect((await h.pusdBalance()) - before).toBe(9_900_000n);
    await expect(h.send(convertCall(MARKET_ID, 0b10000n, 1_000_000))).rejects.toThrow(/InvalidIndexSet/);
  });
});
