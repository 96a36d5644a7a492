import {
  createPublicClient,
  custom,
  decodeFunctionData,
  encodeFunctionResult,
  type Hex,
  multicall3Abi,
  type PublicClient,
  parseAbi,
} from 'viem';
import { polygon } from 'viem/chains';
import { describe, expect, it } from 'vitest';
import { PolygonReads } from '../../../lib/adapters/chain/polygon-reads';
import { POLYGON_CONTRACTS } from '../../../lib/core/model/polygon-contracts';

const abi = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address,address) view returns (uint256)',
  'function isApprovedForAll(address owner,address operator) view returns (bool)',
  'function getEthBalance(address) view returns (uint256)',
]);
const FUNDER = '0x1111111111111111111111111111111111111111';

/** A chain with one multicall3 contract that answers the funder reads (the neg-risk adapter reverts). */
function fakeChain(calls: string[]): PublicClient {
  const transport = custom({
    request: async ({ method, params }: { method: string; params: unknown }) => {
      calls.push(method);
      if (method === 'eth_chainId') return '0x89';
      if (method !== 'eth_call') throw new Error(`unexpected ${method}`);
      const [{ data, to }] = params as [{ data: Hex; to: string }];
      expect(to.toLowerCase()).toBe(POLYGON_CONTRACTS.multicall3.toLowerCase());
      const { args } = decodeFunctionData({ abi: multicall3Abi, data });
      const inner = (args[0] as readonly { target: string; callData: Hex }[]).map(({ target, callData }) => {
        const call = decodeFunctionData({ abi, data: callData });
        const spender = String(call.args?.[1] ?? '').toLowerCase();
        if (spender === POLYGON_CONTRACTS.negRiskAdapter.toLowerCase())
          return { success: false, returnData: '0x' as Hex };
        const value =
          call.functionName === 'balanceOf'
            ? 25_500_000n
            : call.functionName === 'getEthBalance'
              ? 10n ** 18n
              : call.functionName === 'allowance'
                ? 2n ** 256n - 1n
                : target.toLowerCase() === POLYGON_CONTRACTS.conditionalTokens.toLowerCase();
        return {
          success: true,
          returnData: encodeFunctionResult({ abi, functionName: call.functionName, result: value } as never),
        };
      });
      return encodeFunctionResult({ abi: multicall3Abi, functionName: 'aggregate3', result: inner });
    },
  });
  return createPublicClient({ chain: polygon, transport }) as PublicClient;
}

describe('Polygon reads', () => {
  it('reads balances, allowances and approvals of the funder in one eth_call, failures per read', async () => {
    const calls: string[] = [];
    const state = await new PolygonReads(fakeChain(calls)).funderState(FUNDER);
    expect(calls.filter((m) => m === 'eth_call')).toHaveLength(1);
    expect(state.pusdBalance).toEqual({ ok: true, value: 25_500_000 });
    expect(state.polBalanceWei).toEqual({ ok: true, value: 10n ** 18n });
    expect(state.pusdAllowance.exchange).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
    expect(state.ctfApproved.negRiskExchange).toEqual({ ok: true, value: true });
    expect(state.pusdAllowance.negRiskAdapter.ok).toBe(false);
    expect(state.ctfApproved.negRiskAdapter.ok).toBe(false);
  });
});
