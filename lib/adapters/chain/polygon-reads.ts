import { type Address, createPublicClient, http, type PublicClient, parseAbi } from 'viem';
import { polygon } from 'viem/chains';
import type { Micros } from '../../core/model/money';
import { POLYGON_CONTRACTS, type TradingSpender } from '../../core/model/polygon-contracts';

const erc20 = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address,address) view returns (uint256)',
]);
const ctf = parseAbi(['function isApprovedForAll(address owner,address operator) view returns (bool)']);
const multicall3 = parseAbi(['function getEthBalance(address) view returns (uint256)']);

/** A read that may fail on its own (allowFailure): the value, or null and why. */
export type ChainValue<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FunderChainState {
  /** pUSD, 6 decimals = micros. */
  pusdBalance: ChainValue<Micros>;
  /** Native POL in wei (18 decimals). */
  polBalanceWei: ChainValue<bigint>;
  /** pUSD allowance per spender (micros; capped at Number.MAX_SAFE_INTEGER for "unlimited"). */
  pusdAllowance: Record<TradingSpender, ChainValue<Micros>>;
  /** CTF setApprovalForAll per operator. */
  ctfApproved: Record<TradingSpender, ChainValue<boolean>>;
}

const toMicrosCapped = (v: bigint): Micros =>
  v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);

function settle<T, R>(
  r: { status: 'success'; result: T } | { status: 'failure'; error: Error },
  map: (v: T) => R,
): ChainValue<R> {
  return r.status === 'success'
    ? { ok: true, value: map(r.result) }
    : { ok: false, error: r.error.message.split('\n')[0] ?? 'failed' };
}

/** Polygon reads for the funder (proxy / Safe / deposit wallet), all in ONE multicall (one eth_call). */
export class PolygonReads {
  constructor(private readonly client: PublicClient) {}

  static forRpc(rpcUrl: string): PolygonReads {
    return new PolygonReads(
      createPublicClient({ chain: polygon, transport: http(rpcUrl, { retryCount: 2 }) }) as PublicClient,
    );
  }

  async funderState(funder: Address): Promise<FunderChainState> {
    const c = POLYGON_CONTRACTS;
    const allowance = (spender: Address) =>
      ({ address: c.pusd, abi: erc20, functionName: 'allowance', args: [funder, spender] }) as const;
    const approved = (operator: Address) =>
      ({
        address: c.conditionalTokens,
        abi: ctf,
        functionName: 'isApprovedForAll',
        args: [funder, operator],
      }) as const;
    const r = await this.client.multicall({
      allowFailure: true,
      multicallAddress: c.multicall3,
      contracts: [
        { address: c.pusd, abi: erc20, functionName: 'balanceOf', args: [funder] },
        { address: c.multicall3, abi: multicall3, functionName: 'getEthBalance', args: [funder] },
        allowance(c.exchange),
        allowance(c.negRiskExchange),
        allowance(c.negRiskAdapter),
        approved(c.exchange),
        approved(c.negRiskExchange),
        approved(c.negRiskAdapter),
      ],
    });
    return {
      pusdBalance: settle(r[0], toMicrosCapped),
      polBalanceWei: settle(r[1], (v) => v),
      pusdAllowance: {
        exchange: settle(r[2], toMicrosCapped),
        negRiskExchange: settle(r[3], toMicrosCapped),
        negRiskAdapter: settle(r[4], toMicrosCapped),
      },
      ctfApproved: {
        exchange: settle(r[5], (v) => v),
        negRiskExchange: settle(r[6], (v) => v),
        negRiskAdapter: settle(r[7], (v) => v),
      },
    };
  }
}
