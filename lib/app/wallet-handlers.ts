import type { Vault } from '../adapters/vault/vault';
import type { Handlers } from '../messaging/router';
import type { WalletStatus } from '../messaging/wallet-protocol';

/** Answers the options page's wallet requests. Secrets go in; only non-secret status comes out. */
export function createWalletHandlers(vault: Vault): Handlers {
  async function status(): Promise<WalletStatus> {
    const address = (await vault.address()) ?? null;
    const unlocked = await vault.isUnlocked();
    return {
      hasWallet: address !== null,
      unlocked,
      address,
      hasApiCredentials: unlocked ? (await vault.getApiCredentials()) !== null : false,
      autoLockAt: unlocked ? await vault.autoLockDeadline() : null,
    };
  }

  return {
    'wallet.status': async () => {
      await vault.touch();
      return status();
    },
    'wallet.import': async ({ privateKey, passphrase }) => {
      await vault.importKey(privateKey, passphrase);
      return status();
    },
    'wallet.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return status();
    },
    'wallet.lock': async () => {
      await vault.lock();
      return status();
    },
    'wallet.changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return status();
    },
    'wallet.remove': async () => {
      await vault.removeWallet();
      return status();
    },
  };
}
