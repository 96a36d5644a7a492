import { decodeFunctionData, maxUint256, toFunctionSelector } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  approvalsFor,
  conditionalTokensAbi,
  convertCall,
  ctfAdapterAbi,
  mergeCall,
  missingApprovalCalls,
  pusdAbi,
  redeemCall,
  splitCall,
} from '../../../lib/adapters/chain/ctf-calls';
import { CTF_CONTRACTS } from '../../../lib/core/ctf/ctf-contracts';
import vectors from '../../fixtures/ctf/token-id-vectors.json';

const standard = { conditionId: vectors.standard.conditionId as `0x${string}`, negRisk: false };
const negRisk = { conditionId: vectors.negRisk.conditionId as `0x${string}`, negRisk: true };

// polymarket-ctf.md §9 example 1: split 10 pUSD on the standard condition.
const DOC_SPLIT =
  '0x72ce4275000000000000000000000000c011a7e12a19f7b1f670d46f03b03f3342e82dfb000000000000000000000000000000000000000000000000000000000000000052f00560cff47f0348c6a9b190ffeb7a03ac25a69d8500f6480b3a4531f9931600000000000000000000000000000000000000000000000000000000000000a00000000000000000000000000000000000000000000000000000000000989680000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002';

describe('CTF calldata through the pUSD collateral adapters', () => {
  it('builds the documented split byte for byte, aimed at the standard adapter', () => {
    const call = splitCall(standard, 10_000_000);
    expect(call).toEqual({ op: 'split', to: CTF_CONTRACTS.ctfCollateralAdapter, data: DOC_SPLIT, value: 0n });
  });

  it('uses the documented selectors', () => {
    expect(splitCall(standard, 1).data.slice(0, 10)).toBe('0x72ce4275');
    expect(mergeCall(standard, 1).data.slice(0, 10)).toBe('0x9e7212ad');
    expect(redeemCall(standard).data.slice(0, 10)).toBe('0x01b7037c');
    expect(convertCall(negRisk.conditionId, 3n, 1).data.slice(0, 10)).toBe('0xc64748c4');
    expect(toFunctionSelector('convertPositions(bytes32,uint256,uint256)')).toBe('0xc64748c4');
  });

  it('sends neg-risk markets to the neg-risk collateral adapter, never the retired NegRiskAdapter', () => {
    for (const call of [splitCall(negRisk, 5), mergeCall(negRisk, 5), redeemCall(negRisk)]) {
      expect(call.to).toBe(CTF_CONTRACTS.negRiskCtfCollateralAdapter);
      expect(call.to).not.toBe(CTF_CONTRACTS.negRiskAdapter);
    }
  });

  it('merges an exact amount and redeems with no amount, pUSD and [1,2] as arguments', () => {
    const merge = decodeFunctionData({ abi: ctfAdapterAbi, data: mergeCall(standard, 25_000_000).data });
    expect(merge.args).toEqual([
      CTF_CONTRACTS.pusd,
      `0x${'00'.repeat(32)}`,
      standard.conditionId,
      [1n, 2n],
      25_000_000n,
    ]);
    const redeem = decodeFunctionData({ abi: ctfAdapterAbi, data: redeemCall(negRisk).data });
    expect(redeem.args).toEqual([CTF_CONTRACTS.pusd, `0x${'00'.repeat(32)}`, negRisk.conditionId, [1n, 2n]]);
  });

  it('refuses zero, negative and fractional amounts', () => {
    expect(() => splitCall(standard, 0)).toThrow(RangeError);
    expect(() => mergeCall(standard, -5)).toThrow(RangeError);
    expect(() => splitCall(standard, 1.5)).toThrow(RangeError);
    expect(() => convertCall(negRisk.conditionId, 0n, 1)).toThrow(RangeError);
  });
});

describe('approvals each operation needs', () => {
  it('split needs pUSD approved to the adapter; merge, redeem and convert need the CTF operator', () => {
    expect(approvalsFor('split', false, 10)).toEqual([
      { kind: 'pusd-allowance', spender: CTF_CONTRACTS.ctfCollateralAdapter, atLeast: 10n },
    ]);
    expect(approvalsFor('merge', true)).toEqual([
      { kind: 'ctf-operator', operator: CTF_CONTRACTS.negRiskCtfCollateralAdapter },
    ]);
    expect(approvalsFor('redeem', false)).toEqual([
      { kind: 'ctf-operator', operator: CTF_CONTRACTS.ctfCollateralAdapter },
    ]);
    expect(approvalsFor('convert', false)).toEqual([
      { kind: 'ctf-operator', operator: CTF_CONTRACTS.negRiskCtfCollateralAdapter },
    ]);
  });

  it('builds only the missing approvals: pUSD approve at MAX, CTF setApprovalForAll(adapter, true)', () => {
    const split = approvalsFor('split', false, 10_000_000);
    expect(missingApprovalCalls(split, { pusdAllowance: 10_000_000n, ctfOperator: false })).toEqual([]);
    const [approve] = missingApprovalCalls(split, { pusdAllowance: 9_999_999n, ctfOperator: true });
    expect(approve?.to).toBe(CTF_CONTRACTS.pusd);
    expect(decodeFunctionData({ abi: pusdAbi, data: approve?.data ?? '0x' }).args).toEqual([
      CTF_CONTRACTS.ctfCollateralAdapter,
      maxUint256,
    ]);
    const merge = approvalsFor('merge', true);
    expect(missingApprovalCalls(merge, { pusdAllowance: 0n, ctfOperator: true })).toEqual([]);
    const [operator] = missingApprovalCalls(merge, { pusdAllowance: maxUint256, ctfOperator: false });
    expect(operator?.to).toBe(CTF_CONTRACTS.conditionalTokens);
    expect(decodeFunctionData({ abi: conditionalTokensAbi, data: operator?.data ?? '0x' }).args).toEqual([
      CTF_CONTRACTS.negRiskCtfCollateralAdapter,
      true,
    ]);
  });
});
