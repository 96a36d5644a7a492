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

/**
 * The Kalshi API key (key id + RSA private key file) sealed in the same vault as the Polymarket
 * key (lib/adapters/vault/kalshi-key-store.ts). Write-only from the pages: the status never
 * carries the key. Storing and reading need the vault unlocked; after a passphrase change the
 * sealed key reads as 'stale' and is entered again (as the Telegram token).
 */
export interface KalshiKeyVault {
  /** Validates (the private key must import as RSA) and seals the key. */
  setKalshiKey(keyId: string, privateKeyPem: string): Promise<void>;
  kalshiKeyStatus(): Promise<'ok' | 'missing' | 'locked' | 'stale'>;
  removeKalshiKey(): Promise<void>;
}

export type SecretStatus = 'ok' | 'missing' | 'locked' | 'stale';

/**
 * The Polymarket Relayer API key (and the address it was issued to) that proxy, Safe and
 * deposit-wallet accounts need to split, merge and redeem (lib/adapters/chain/relayer-key-store.ts),
 * sealed in the vault. Write-only from the pages: the status never carries the key.
 */
export interface RelayerKeyVault {
  setRelayerKey(apiKey: string, address: string): Promise<void>;
  relayerKeyStatus(): Promise<SecretStatus>;
  removeRelayerKey(): Promise<void>;
}
