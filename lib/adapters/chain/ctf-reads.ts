import type { Address, Hex, PublicClient } from 'viem';
import type { ChainIntent } from '../../core/ctf/chain-intent';
import { CTF_CONTRACTS, collateralAdapterFor } from '../../core/ctf/ctf-contracts';
import { gasCostMicros } from '../../core/ctf/gas-cost';
import type { Payouts } from '../../core/ctf/redeem-payout';
import type { Micros } from '../../core/model/money';
import { conditionalTokensAbi, type GrantedApprovals, pusdAbi } from './ctf-calls';
import { binaryTokenIds } from './ctf-ids';

/**
 * Everything split / merge / redeem decisions need about one account and one CTF market: pUSD, the
 * YES / NO balances of the market's real token ids, what is granted to the market's adapter, and the
 * on-chain resolution (payoutDenominator > 0 is authoritative, polymarket-ctf.md §7).
 */
export interface CtfMarketState {
  pusd: Micros;
  yes: Micros;
  no: Micros;
  granted: GrantedApprovals;
  /** payoutNumerators [YES, NO] once resolved on-chain, else null. */
  payouts: Payouts | null;
}

const micros = (v: bigint): Micros => {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`amount beyond exact range: ${v}`);
  return Number(v);
};

export async function readCtfMarketState(
  client: PublicClient,
  holder: Address,
  market: { conditionId: Hex; negRisk: boolean },
): Promise<CtfMarketState> {
  const adapter = collateralAdapterFor(market.negRisk);
  const ids = binaryTokenIds(market.conditionId, market.negRisk);
  const ctf = { address: CTF_CONTRACTS.conditionalTokens, abi: conditionalTokensAbi } as const;
  const pusd = { address: CTF_CONTRACTS.pusd, abi: pusdAbi } as const;
  const [balance, allowance, operator, yes, no, denominator] = await Promise.all([
    client.readContract({ ...pusd, functionName: 'balanceOf', args: [holder] }),
    client.readContract({ ...pusd, functionName: 'allowance', args: [holder, adapter] }),
    client.readContract({ ...ctf, functionName: 'isApprovedForAll', args: [holder, adapter] }),
    client.readContract({ ...ctf, functionName: 'balanceOf', args: [holder, BigInt(ids.yes)] }),
    client.readContract({ ...ctf, functionName: 'balanceOf', args: [holder, BigInt(ids.no)] }),
    client.readContract({ ...ctf, functionName: 'payoutDenominator', args: [market.conditionId] }),
  ]);
  let payouts: Payouts | null = null;
  if (denominator > 0n) {
    const [a, b] = await Promise.all(
      [0n, 1n].map((i) =>
        client.readContract({ ...ctf, functionName: 'payoutNumerators', args: [market.conditionId, i] }),
      ),
    );
    payouts = [a ?? 0n, b ?? 0n];
  }
  return {
    pusd: micros(balance),
    yes: micros(yes),
    no: micros(no),
    granted: { pusdAllowance: allowance, ctfOperator: operator },
    payouts,
  };
}

/** The condition's payout vector once resolved on chain (payoutDenominator > 0), null before. */
export async function readPayouts(client: PublicClient, conditionId: Hex): Promise<Payouts | null> {
  const ctf = { address: CTF_CONTRACTS.conditionalTokens, abi: conditionalTokensAbi } as const;
  const den = await client.readContract({ ...ctf, functionName: 'payoutDenominator', args: [conditionId] });
  if (den === 0n) return null;
  const read = (i: bigint) =>
    client.readContract({ ...ctf, functionName: 'payoutNumerators', args: [conditionId, i] });
  return [await read(0n), await read(1n)];
}

/** Gas an EOA paid for a mined intent, in pUSD micros (0 through the relayer). */
export async function readGasPaid(
  client: PublicClient,
  entry: ChainIntent,
  polPriceMicros: Micros,
): Promise<Micros> {
  if (entry.relayerTxId !== undefined || !entry.hash) return 0;
  const receipt = await client.getTransactionReceipt({ hash: entry.hash as Hex });
  return gasCostMicros({
    kind: 'eoa',
    gasUnits: Number(receipt.gasUsed),
    gasPriceWei: receipt.effectiveGasPrice,
    polPriceMicros,
  });
}
