import { validationError } from '../../errors/app-error';
import { type BoxKey, openWithKey, type RandomBytes, sealWithKey } from './crypto-box';
import { sealedBlobSchema } from './sealed-blob';
import type { Clock, SecretRegistry, SessionStore } from './vault-ports';
import { boxKeyFromSession } from './wallet-sealing';

/**
 * Small named secrets beside the wallet (the Telegram bot token…), sealed with the crypto box
 * under the UNLOCKED vault's box key. Stored blobs are ciphertext only; reading needs the vault
 * unlocked; after a passphrase change (new salt) old blobs read as `stale` and must be entered again.
 */
export interface SecretKeySource {
  /** The unlocked vault's box key, or undefined while locked. */
  current(): Promise<BoxKey | undefined>;
}

/** Where sealed blobs live (browser.storage.local in the extension). */
export interface SecretBlobStore {
  load(name: string): Promise<unknown>;
  save(name: string, blob: unknown): Promise<void>;
  remove(name: string): Promise<void>;
}

export type SecretRead =
  | { status: 'ok'; value: string }
  | { status: 'missing' }
  | { status: 'locked' }
  | { status: 'stale' };

export interface EncryptedSecretsDeps {
  keys: SecretKeySource;
  blobs: SecretBlobStore;
  /** The logger's redactor: every secret stored or read is registered so no log line shows it. */
  registry?: SecretRegistry;
  random?: RandomBytes;
}

export class EncryptedSecrets {
  constructor(private readonly deps: EncryptedSecretsDeps) {}

  /** Seals and stores `value` under `name`. Throws a validation error while the vault is locked. */
  async store(name: string, value: string): Promise<void> {
    const key = await this.deps.keys.current();
    if (!key) {
      throw validationError('Unlock the wallet first: secrets are encrypted with its key.', {
        code: 'wallet_locked',
      });
    }
    this.deps.registry?.registerSecret(value);
    await this.deps.blobs.save(name, await sealWithKey(value, key, this.deps.random));
  }

  async read(name: string): Promise<SecretRead> {
    const blob = await this.deps.blobs.load(name);
    if (blob === undefined || blob === null) return { status: 'missing' };
    if (!sealedBlobSchema.safeParse(blob).success) return { status: 'stale' };
    const key = await this.deps.keys.current();
    if (!key) return { status: 'locked' };
    try {
      const value = await openWithKey(blob, key);
      this.deps.registry?.registerSecret(value);
      return { status: 'ok', value };
    } catch {
      return { status: 'stale' };
    }
  }

  /** Whether something is stored (no key needed: for the options page's "token set" hint). */
  async has(name: string): Promise<boolean> {
    const blob = await this.deps.blobs.load(name);
    return blob !== undefined && blob !== null;
  }

  async remove(name: string): Promise<void> {
    await this.deps.blobs.remove(name);
  }
}

/** The box key from the vault's session store (memory of the browser session), unless expired. */
export function vaultSessionKeySource(session: SessionStore, clock: Clock): SecretKeySource {
  return {
    async current() {
      const unlocked = await session.load();
      if (!unlocked) return undefined;
      if (unlocked.deadline !== null && clock.now() >= unlocked.deadline) return undefined;
      return boxKeyFromSession(unlocked);
    },
  };
}
