import type { RandomBytes } from './crypto-box';
import type { UnlockAttempts, UnlockedSession, VaultRecord } from './vault-records';

/** Persistent storage (browser.storage.local): encrypted blobs and non-secret metadata only. */
export interface VaultStore {
  load(): Promise<VaultRecord | undefined>;
  save(record: VaultRecord): Promise<void>;
  loadAttempts(): Promise<UnlockAttempts>;
  saveAttempts(attempts: UnlockAttempts): Promise<void>;
  /** Removes the record and the attempt counter. */
  clear(): Promise<void>;
}

/** Browser-session storage (browser.storage.session): survives worker restarts, not the browser. */
export interface SessionStore {
  load(): Promise<UnlockedSession | undefined>;
  save(session: UnlockedSession): Promise<void>;
  clear(): Promise<void>;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Arranges for `Vault.checkAutoLock` to run at (or soon after) the deadline; in the extension, an alarm. */
export interface AutoLockScheduler {
  schedule(deadline: number): Promise<void>;
  cancel(): Promise<void>;
}

/** The logger's redactor: the vault registers every secret it holds while unlocked. */
export interface SecretRegistry {
  registerSecret(value: string): void;
  unregisterSecret(value: string): void;
}

/** The few log methods the vault uses (a `Logger` fits). */
export interface VaultLog {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** What a Vault is built from (all injected, so it runs in Node tests as in the worker). */
export interface VaultDeps {
  store: VaultStore;
  session: SessionStore;
  clock: Clock;
  scheduler: AutoLockScheduler;
  /** The logger's redactor (or the logger itself): learns every secret while it is unlocked. */
  secrets?: SecretRegistry;
  log?: VaultLog;
  /** Salt/IV source; injectable for known-answer tests. */
  random?: RandomBytes;
}

export interface VaultOptions {
  /** PBKDF2 iterations for new encryptions; older, weaker blobs are upgraded on unlock. */
  iterations?: number;
  /**
   * Idle time before auto-lock, in ms (default 30 min); null turns auto-lock off. A function is
   * asked each time a deadline is set (the worker reads the user's "Auto-lock after" setting).
   */
  autoLockMs?: number | null | (() => Promise<number | null>);
}
