import type { PrivateKeyAccount } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { Vault } from './vault';

/**
 * A viem account for the unlocked wallet (for a wallet client or the CLOB client's signer).
 * Ask for it per use rather than keeping it: it holds the key, and the vault may lock meanwhile.
 * Throws the vault's "wallet is locked" error when locked.
 */
export async function unlockedAccount(vault: Pick<Vault, 'getSigningKey'>): Promise<PrivateKeyAccount> {
  return privateKeyToAccount(await vault.getSigningKey());
}
