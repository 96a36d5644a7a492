import { type Address, createPublicClient, http, type PublicClient, parseAbi } from 'viem';
import { polygon } from 'viem/chains';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';
import { type ChainFacts, CTF_SPENDERS } from '../../core/wallet-doctor/wallet-facts';
import type { ChainValue } from '../chain/polygon-reads';
import { PolygonReads } from '../chain/polygon-reads';

/** Legacy collateral (pre-V2): held alone it must be wrapped into pUSD (other-apis.md §3). */
export const USDC_E: Address = POLYGON_CONTRACTS.usdcE;
const erc20 = parseAbi(['function balanceOf(address) view returns (uint256)']);
const approvalsAbi = parseAbi([
  'function allowance(address,address) view returns (uint256)',
  'function isApprovedForAll(address owner,address operator) view returns (bool)',
]);

/** pUSD allowance and CTF operator approval of both collateral adapters (split / merge / redeem). */
async function readCtfAdapterFacts(
  client: PublicClient,
  funder: Address,
): Promise<ChainFacts['ctfAdapters']> {
  const c = POLYGON_CONTRACTS;
  const r = await client.multicall({
    allowFailure: true,
    multicallAddress: c.multicall3,
    contracts: CTF_SPENDERS.flatMap((s) => [
      { address: c.pusd, abi: approvalsAbi, functionName: 'allowance', args: [funder, c[s]] } as const,
      {
        address: c.conditionalTokens,
        abi: approvalsAbi,
        functionName: 'isApprovedForAll',
        args: [funder, c[s]],
      } as const,
    ]),
  });
  const value = <T>(i: number): T | null => {
    const x = r[i];
    return x?.status === 'success' ? (x.result as T) : null;
  };
  return {
    pusdAllowance: { ctfCollateralAdapter: value<bigint>(0), negRiskCtfCollateralAdapter: value<bigint>(2) },
    ctfApproved: { ctfCollateralAdapter: value<boolean>(1), negRiskCtfCollateralAdapter: value<boolean>(3) },
  };
}

const big = (v: ChainValue<number>): bigint | null => (v.ok ? BigInt(v.value) : null);
const bool = (v: ChainValue<boolean>): boolean | null => (v.ok ? v.value : null);

export const publicClientFor = (rpcUrl: string): PublicClient =>
  createPublicClient({ chain: polygon, transport: http(rpcUrl, { retryCount: 1 }) }) as PublicClient;

/**
 * The funder's balances and approvals: PolygonReads' one multicall, plus the USDC.e balance (its
 * failure only leaves that value unknown). Throws when the multicall itself fails.
 */
export async function readChainFacts(client: PublicClient, funder: Address): Promise<ChainFacts> {
  const [state, usdce, ctfAdapters] = await Promise.all([
    new PolygonReads(client).funderState(funder),
    client
      .readContract({ address: USDC_E, abi: erc20, functionName: 'balanceOf', args: [funder] })
      .catch(() => null),
    readCtfAdapterFacts(client, funder).catch(() => null),
  ]);
  return {
    pusdMicros: big(state.pusdBalance),
    usdceMicros: usdce,
    polWei: state.polBalanceWei.ok ? state.polBalanceWei.value : null,
    pusdAllowance: {
      exchange: big(state.pusdAllowance.exchange),
      negRiskExchange: big(state.pusdAllowance.negRiskExchange),
      negRiskAdapter: big(state.pusdAllowance.negRiskAdapter),
    },
    ctfApproved: {
      exchange: bool(state.ctfApproved.exchange),
      negRiskExchange: bool(state.ctfApproved.negRiskExchange),
      negRiskAdapter: bool(state.ctfApproved.negRiskAdapter),
    },
    ctfAdapters,
  };
}
