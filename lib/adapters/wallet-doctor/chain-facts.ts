import { type Address, createPublicClient, http, type PublicClient, parseAbi } from 'viem';
import { polygon } from 'viem/chains';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';
import type { ChainFacts } from '../../core/wallet-doctor/wallet-facts';
import type { ChainValue } from '../chain/polygon-reads';
import { PolygonReads } from '../chain/polygon-reads';

/** Legacy collateral (pre-V2): held alone it must be wrapped into pUSD (other-apis.md §3). */
export const USDC_E: Address = POLYGON_CONTRACTS.usdcE;
const erc20 = parseAbi(['function balanceOf(address) view returns (uint256)']);

const big = (v: ChainValue<number>): bigint | null => (v.ok ? BigInt(v.value) : null);
const bool = (v: ChainValue<boolean>): boolean | null => (v.ok ? v.value : null);

export const publicClientFor = (rpcUrl: string): PublicClient =>
  createPublicClient({ chain: polygon, transport: http(rpcUrl, { retryCount: 1 }) }) as PublicClient;

/**
 * The funder's balances and approvals: PolygonReads' one multicall, plus the USDC.e balance (its
 * failure only leaves that value unknown). Throws when the multicall itself fails.
 */
export async function readChainFacts(client: PublicClient, funder: Address): Promise<ChainFacts> {
  const [state, usdce] = await Promise.all([
    new PolygonReads(client).funderState(funder),
    client
      .readContract({ address: USDC_E, abi: erc20, functionName: 'balanceOf', args: [funder] })
      .catch(() => null),
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
  };
}
