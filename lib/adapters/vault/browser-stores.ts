import { browser } from 'wxt/browser';
import { validationError } from '../../errors/app-error';
import { restrictStorageToTrustedContexts } from '../storage/trusted-storage';
import type { SessionStore, VaultStore } from './vault-ports';
import {
  NO_ATTEMPTS,
  type UnlockAttempts,
  type UnlockedSession,
  unlockAttemptsSchema,
  unlockedSessionSchema,
  type VaultRecord,
  vaultRecordSchema,
} from './vault-records';

export const VAULT_RECORD_KEY = 'vault.record';
export const VAULT_ATTEMPTS_KEY = 'vault.attempts';
export const VAULT_SESSION_KEY = 'vault.session';

/** The encrypted wallet in browser.storage.local (persists across browser restarts). */
export class BrowserVaultStore implements VaultStore {
  async load(): Promise<VaultRecord | undefined> {
    const raw = (await browser.storage.local.get(VAULT_RECORD_KEY))[VAULT_RECORD_KEY];
    if (raw === undefined || raw === null) return undefined;
    const parsed = vaultRecordSchema.safeParse(raw);
    // Never treat unreadable data as "no wallet": an import would then overwrite it.
    if (!parsed.success) {
      throw validationError('The stored wallet data is damaged or from a newer version.', {
        code: 'vault_unreadable',
      });
    }
    return parsed.data;
  }

  async save(record: VaultRecord): Promise<void> {
    await browser.storage.local.set({ [VAULT_RECORD_KEY]: record });
  }

  async loadAttempts(): Promise<UnlockAttempts> {
    const raw = (await browser.storage.local.get(VAULT_ATTEMPTS_KEY))[VAULT_ATTEMPTS_KEY];
    const parsed = unlockAttemptsSchema.safeParse(raw);
    return parsed.success ? parsed.data : NO_ATTEMPTS;
  }

  async saveAttempts(attempts: UnlockAttempts): Promise<void> {
    await browser.storage.local.set({ [VAULT_ATTEMPTS_KEY]: attempts });
  }

  async clear(): Promise<void> {
    await browser.storage.local.remove([VAULT_RECORD_KEY, VAULT_ATTEMPTS_KEY]);
  }
}

/**
 * The unlocked material in browser.storage.session: kept in memory by the browser, gone when it
 * closes, and restricted to trusted (extension) contexts so content scripts cannot read it.
 */
export class BrowserSessionStore implements SessionStore {
  #restricted: Promise<void> | undefined;

  async load(): Promise<UnlockedSession | undefined> {
    await this.#restrict();
    const raw = (await browser.storage.session.get(VAULT_SESSION_KEY))[VAULT_SESSION_KEY];
    if (raw === undefined || raw === null) return undefined;
    const parsed = unlockedSessionSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await this.clear();
    return undefined;
  }

  async save(session: UnlockedSession): Promise<void> {
    await this.#restrict();
    await browser.storage.session.set({ [VAULT_SESSION_KEY]: session });
  }

  async clear(): Promise<void> {
    await browser.storage.session.remove(VAULT_SESSION_KEY);
  }

  /** Before the first read or write: the same restriction the worker applies at start (both areas). */
  #restrict(): Promise<void> {
    this.#restricted ??= restrictStorageToTrustedContexts().then(() => undefined);
    return this.#restricted;
  }
}
