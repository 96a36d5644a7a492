import { type Address, type PublicClient, parseAbi } from 'viem';
import { POLYGON_CONTRACTS } from '../../core/model/polygon-contracts';
import type { AccountProbe } from '../../core/wallet-doctor/wallet-facts';
import { proxyWalletOf, safeWalletOf } from './account-addresses';

const erc20 = parseAbi(['function balanceOf(address) view returns (uint256)']);

/**
 * pUSD held by the key's own address and by the Polymarket wallets derived from it, in one
 * multicall: tells a plain wallet from an email-login or browser-wallet account. A failed single
 * read leaves that balance unknown; a failed multicall throws.
 */
export async function probeAccounts(client: PublicClient, signer: Address): Promise<AccountProbe> {
  const proxyWallet = proxyWalletOf(signer);
  const safeWallet = safeWalletOf(signer);
  const reads = await client.multicall({
    allowFailure: true,
    multicallAddress: POLYGON_CONTRACTS.multicall3,
    contracts: [signer, proxyWallet, safeWallet].map((owner) => ({
      address: POLYGON_CONTRACTS.pusd,
      abi: erc20,
      functionName: 'balanceOf' as const,
      args: [owner] as const,
    })),
  });
  const value = (i: number): bigint | null => {
    const r = reads[i];
    return r?.status === 'success' ? (r.result as bigint) : null;
  };
  return {
    signerPusdMicros: value(0),
    proxyWallet,
    proxyPusdMicros: value(1),
    safeWallet,
    safePusdMicros: value(2),
  };
}
