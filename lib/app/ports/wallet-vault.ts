/**
 * The encrypted wallet as the options page's wallet requests use it. The vault in lib/adapters/vault
 * implements it: the key is encrypted at rest; secrets go in, only non-secret status comes out.
 */
export interface WalletVault {
  /** The wallet's address, or undefined when none is stored. */
  address(): Promise<string | undefined>;
  isUnlocked(): Promise<boolean>;
  /** The CLOB API credentials (present or null); lib/app only asks whether there are some. */
  getApiCredentials(): Promise<object | null>;
  /** When an unlocked vault locks itself (epoch ms), or null. */
  autoLockDeadline(): Promise<number | null>;
  /** User activity: pushes the auto-lock back. */
  touch(): Promise<void>;
  /** Validates and encrypts a new key, and leaves the vault unlocked. */
  importKey(key: string, passphrase: string): Promise<{ address: string }>;
  unlock(passphrase: string): Promise<{ address: string }>;
  lock(): Promise<void>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void>;
  /** Locks and deletes the stored wallet, its credentials and the attempt counter. */
  removeWallet(): Promise<void>;
}
