import type { Address, Hex } from 'viem';
import type { WalletVault } from '../../app/ports/wallet-vault';
import { validationError } from '../../errors/app-error';
import { type ApiCredentials, apiCredentialsSchema } from './api-credentials';
import { openCounted } from './counted-open';
import type { BoxKey } from './crypto-box';
import { parsePrivateKey } from './private-key';
import { DEFAULT_ITERATIONS } from './sealed-blob';
import { SecretTracker } from './secret-tracker';
import {
  assertPassphraseStrength,
  invalidCredentialsError,
  noWalletError,
  walletExistsError,
  walletLockedError,
} from './vault-errors';
import type { VaultDeps, VaultOptions } from './vault-ports';
import { NO_ATTEMPTS, type UnlockedSession, type VaultRecord } from './vault-records';
import {
  boxKeyFromSession,
  boxKeyToSession,
  sealCredentials,
  sealWallet,
  type WalletSecrets,
} from './wallet-sealing';

export type LockReason = 'user' | 'idle' | 'removed' | 'stale';

export const DEFAULT_AUTO_LOCK_MS = 30 * 60_000;

/**
 * The wallet vault. Persists only encrypted blobs; keeps the unlocked key and API credentials in
 * memory and in the session store until lock, auto-lock or browser exit. Run ONE instance (in the
 * background); pages reach it through messages.
 */
export class Vault implements WalletVault {
  readonly #deps: VaultDeps;
  readonly #iterations: number;
  readonly #idleMs: () => Promise<number | null>;
  readonly #tracker: SecretTracker;
  #memory: UnlockedSession | undefined;
  #generation = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: VaultDeps, options: VaultOptions = {}) {
    this.#deps = deps;
    this.#iterations = options.iterations ?? DEFAULT_ITERATIONS;
    const fixed = options.autoLockMs === undefined ? DEFAULT_AUTO_LOCK_MS : options.autoLockMs;
    this.#idleMs = typeof fixed === 'function' ? fixed : async () => fixed;
    this.#tracker = new SecretTracker(deps.secrets);
  }

  /** The stored wallet's address (non-secret), or undefined when none is set up. */
  async address(): Promise<Address | undefined> {
    return (await this.#deps.store.load())?.address;
  }

  /** Validates and encrypts a new key, and leaves the vault unlocked. Returns the address to confirm. */
  importKey(key: string, passphrase: string): Promise<{ address: Address }> {
    return this.#exclusive(async () => {
      if (await this.#deps.store.load()) throw walletExistsError();
      const parsed = parsePrivateKey(key);
      if (!parsed.ok) throw validationError(parsed.message, { code: 'invalid_private_key' });
      assertPassphraseStrength(passphrase);
      this.#tracker.add(parsed.key, passphrase);
      const secrets: WalletSecrets = { privateKey: parsed.key, apiCredentials: null };
      const sealed = await sealWallet(secrets, passphrase, this.#iterations, this.#deps.random);
      const record: VaultRecord = {
        version: 1,
        address: parsed.address,
        createdAt: this.#deps.clock.now(),
        keyBlob: sealed.keyBlob,
      };
      await this.#deps.store.save(record);
      await this.#deps.store.saveAttempts(NO_ATTEMPTS);
      await this.#begin(record.address, secrets, sealed.boxKey);
      this.#deps.log?.info('wallet imported', { address: record.address });
      return { address: record.address };
    });
  }

  /** Decrypts the wallet into memory and the session store. Refuses while the retry delay runs. */
  unlock(passphrase: string): Promise<{ address: Address }> {
    return this.#exclusive(async () => {
      const record = await this.#requireRecord();
      const opened = await openCounted(this.#deps, record, passphrase);
      this.#tracker.add(passphrase);
      let boxKey = opened.boxKey;
      if (boxKey.iterations < this.#iterations) {
        const sealed = await sealWallet(opened, passphrase, this.#iterations, this.#deps.random);
        await this.#deps.store.save({ ...record, keyBlob: sealed.keyBlob, apiBlob: sealed.apiBlob });
        boxKey = sealed.boxKey;
        this.#deps.log?.info('vault encryption upgraded', { iterations: this.#iterations });
      }
      await this.#begin(record.address, opened, boxKey);
      this.#deps.log?.info('wallet unlocked', { address: record.address });
      return { address: record.address };
    });
  }

  /** Forgets the unlocked material in memory and in the session store. */
  lock(): Promise<void> {
    return this.#lock('user');
  }

  async isUnlocked(): Promise<boolean> {
    return (await this.#active()) !== undefined;
  }

  /** For a restarted worker: picks up the session (if any, and not expired) and re-arms the auto-lock. */
  async restoreFromSession(): Promise<boolean> {
    const session = await this.#active();
    if (session?.deadline != null) await this.#deps.scheduler.schedule(session.deadline);
    return session !== undefined;
  }

  async getSigningKey(): Promise<Hex> {
    return (await this.#requireActive()).privateKey;
  }

  /** The stored CLOB credentials, or null when none were stored yet. Throws when locked. */
  async getApiCredentials(): Promise<ApiCredentials | null> {
    return (await this.#requireActive()).apiCredentials;
  }

  /** Encrypts and stores CLOB API credentials (replacing any). The vault must be unlocked. */
  storeApiCredentials(credentials: ApiCredentials): Promise<void> {
    return this.#exclusive(async () => {
      const parsed = apiCredentialsSchema.safeParse(credentials);
      if (!parsed.success) throw invalidCredentialsError();
      const session = await this.#requireActive();
      const record = await this.#requireRecord();
      if (record.keyBlob.salt !== session.salt) {
        await this.#lock('stale');
        throw walletLockedError();
      }
      this.#tracker.add(parsed.data.secret, parsed.data.passphrase, parsed.data.key);
      const apiBlob = await sealCredentials(parsed.data, boxKeyFromSession(session), this.#deps.random);
      await this.#deps.store.save({ ...record, apiBlob });
      await this.#saveSession({ ...session, apiCredentials: parsed.data });
      this.#deps.log?.info('api credentials stored', { address: record.address });
    });
  }

  /** When the vault will lock itself for inactivity (ms since epoch), or null (locked, or never). */
  async autoLockDeadline(): Promise<number | null> {
    return (await this.#active())?.deadline ?? null;
  }

  /**
   * A real user action (unlock, a confirmed order, "stay unlocked"): pushes the auto-lock deadline
   * back by the idle time. Reading the status never does. No effect when locked.
   */
  async touch(): Promise<void> {
    const session = await this.#active();
    const idleMs = await this.#idleMs();
    if (!session || idleMs === null) return;
    const deadline = this.#deps.clock.now() + idleMs;
    if (session.deadline !== null && deadline - session.deadline < 1000) return;
    await this.#saveSession({ ...session, deadline });
    await this.#deps.scheduler.schedule(deadline);
  }

  /**
   * The auto-lock setting changed: an unlocked vault now locks after the new idle time from now
   * (or never, when auto-lock is off). No effect when locked.
   */
  async rearm(): Promise<void> {
    const session = await this.#active();
    if (!session) return;
    const idleMs = await this.#idleMs();
    const deadline = idleMs === null ? null : this.#deps.clock.now() + idleMs;
    await this.#saveSession({ ...session, deadline });
    if (deadline === null) await this.#deps.scheduler.cancel();
    else await this.#deps.scheduler.schedule(deadline);
  }

  /** Called by the auto-lock alarm. Locks when the deadline has passed; returns whether it did. */
  async checkAutoLock(now: number = this.#deps.clock.now()): Promise<boolean> {
    const session = this.#memory ?? (await this.#deps.session.load());
    if (!session || session.deadline === null) return false;
    if (now >= session.deadline) {
      await this.#lock('idle');
      return true;
    }
    await this.#deps.scheduler.schedule(session.deadline);
    return false;
  }

  /** Re-encrypts everything under a new passphrase (wrong old passphrases count as failed unlocks). */
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    return this.#exclusive(async () => {
      assertPassphraseStrength(newPassphrase);
      const record = await this.#requireRecord();
      const opened = await openCounted(this.#deps, record, oldPassphrase);
      const sealed = await sealWallet(opened, newPassphrase, this.#iterations, this.#deps.random);
      await this.#deps.store.save({ ...record, keyBlob: sealed.keyBlob, apiBlob: sealed.apiBlob });
      const session = await this.#active();
      if (session) {
        this.#tracker.remove(session.boxKey);
        this.#tracker.add(newPassphrase);
        await this.#saveSession({ ...session, ...boxKeyToSession(sealed.boxKey) });
      }
      if (oldPassphrase !== newPassphrase) this.#tracker.remove(oldPassphrase);
      this.#deps.log?.info('passphrase changed', { address: record.address });
    });
  }

  /** Locks and deletes the stored wallet, its credentials and the attempt counter. */
  removeWallet(): Promise<void> {
    return this.#exclusive(async () => {
      await this.#lock('removed');
      await this.#deps.store.clear();
    });
  }

  async #lock(reason: LockReason): Promise<void> {
    const wasUnlocked = this.#memory !== undefined;
    this.#generation++;
    this.#memory = undefined;
    await this.#deps.session.clear();
    await this.#deps.scheduler.cancel();
    this.#tracker.clear();
    if (wasUnlocked || reason !== 'user') this.#deps.log?.info('wallet locked', { reason });
  }

  async #begin(address: Address, secrets: WalletSecrets, boxKey: BoxKey) {
    const idleMs = await this.#idleMs();
    const deadline = idleMs === null ? null : this.#deps.clock.now() + idleMs;
    const session: UnlockedSession = {
      address,
      privateKey: secrets.privateKey,
      apiCredentials: secrets.apiCredentials,
      ...boxKeyToSession(boxKey),
      deadline,
    };
    this.#generation++;
    await this.#saveSession(session);
    if (deadline !== null) await this.#deps.scheduler.schedule(deadline);
  }

  async #saveSession(session: UnlockedSession): Promise<void> {
    this.#tracker.addSession(session);
    this.#memory = session;
    await this.#deps.session.save(session);
  }

  /** The unlocked session from memory, else from the session store; expired sessions are locked. */
  async #active(): Promise<UnlockedSession | undefined> {
    const session = this.#memory ?? (await this.#loadSession());
    if (session?.deadline != null && this.#deps.clock.now() >= session.deadline) {
      await this.#lock('idle');
      return undefined;
    }
    return session;
  }

  /** Adopts the session store's session (a restarted worker), unless a lock happened meanwhile. */
  async #loadSession(): Promise<UnlockedSession | undefined> {
    const generation = this.#generation;
    const loaded = await this.#deps.session.load();
    if (!loaded || generation !== this.#generation) return this.#memory;
    this.#tracker.addSession(loaded);
    this.#memory = loaded;
    return loaded;
  }

  async #requireActive(): Promise<UnlockedSession> {
    const session = await this.#active();
    if (!session) throw walletLockedError();
    return session;
  }

  async #requireRecord(): Promise<VaultRecord> {
    const record = await this.#deps.store.load();
    if (!record) throw noWalletError();
    return record;
  }

  /** Runs state-changing operations one at a time. */
  #exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(operation, operation);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
