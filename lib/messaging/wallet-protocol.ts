import { z } from 'zod';
import { message } from './define-message';

/** What the UI may know about the wallet: never the key, the passphrase or the API secret. */
export interface WalletStatus {
  hasWallet: boolean;
  unlocked: boolean;
  address: string | null;
  hasApiCredentials: boolean;
  autoLockAt: number | null;
}

const passphrase = z.string().min(1, { error: 'Enter your passphrase.' }).max(1024);

/** Wallet and vault messages: all privileged (extension pages only). */
export const walletProtocol = {
  'wallet.status': message<WalletStatus>()(true, z.object({}).strict()),
  /** The user's "stay unlocked": pushes the auto-lock deadline back (reading the status never does). */
  'wallet.stayUnlocked': message<WalletStatus>()(true, z.object({}).strict()),
  'wallet.import': message<WalletStatus>()(
    true,
    z
      .object({
        privateKey: z.string().max(200),
        passphrase: passphrase.min(8, { error: 'Use a passphrase of at least 8 characters.' }),
      })
      .strict(),
  ),
  'wallet.unlock': message<WalletStatus>()(true, z.object({ passphrase }).strict()),
  'wallet.lock': message<WalletStatus>()(true, z.object({}).strict()),
  'wallet.changePassphrase': message<WalletStatus>()(
    true,
    z
      .object({
        current: passphrase,
        next: passphrase.min(8, { error: 'Use a passphrase of at least 8 characters.' }),
      })
      .strict(),
  ),
  'wallet.remove': message<WalletStatus>()(true, z.object({ confirm: z.literal('REMOVE') }).strict()),
} as const;

/** The names of the wallet and vault messages. */
export type WalletMessage = keyof typeof walletProtocol;
