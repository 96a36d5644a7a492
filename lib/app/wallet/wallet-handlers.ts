import type { MessageType } from '../../messaging/protocol';
import type { Handlers, HandlersFor, SameHandlers } from '../../messaging/router';
import type { WalletMessage, WalletStatus } from '../../messaging/wallet-protocol';
import type { WalletVault } from '../ports/wallet-vault';

/** Answers the options page's wallet requests. Secrets go in; only non-secret status comes out. */
export function createWalletHandlers(vault: WalletVault): HandlersFor<WalletMessage> {
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
    // Reading the status is not user activity: an open options tab polling it must not keep the
    // key unlocked forever. Only "stay unlocked", an unlock and a confirmed order push the deadline.
    'wallet.status': () => status(),
    'wallet.stayUnlocked': async () => {
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

/** The orders a user confirms on a page: each one is activity that keeps an unlocked vault open. */
const CONFIRMED_ORDERS: readonly MessageType[] = ['position.enter', 'position.close', 'positions.closeAll'];

/** The same handlers; a confirmed order (one that did not throw) pushes the vault's auto-lock back. */
export function ordersTouchVault<H extends Handlers>(
  vault: Pick<WalletVault, 'touch'>,
  handlers: H,
): SameHandlers<H> {
  const wrapped: Record<string, unknown> = { ...handlers };
  for (const type of CONFIRMED_ORDERS) {
    const call = (handlers as Handlers)[type] as
      | ((payload: never, sender: never) => Promise<unknown>)
      | undefined;
    if (!call) continue;
    wrapped[type] = async (payload: never, sender: never) => {
      const result = await call(payload, sender);
      await vault.touch();
      return result;
    };
  }
  return wrapped as SameHandlers<H>;
}
