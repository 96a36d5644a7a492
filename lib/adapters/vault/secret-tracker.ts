import type { SecretRegistry } from './vault-ports';
import type { UnlockedSession } from './vault-records';

/**
 * Remembers which secrets the vault registered with the log redactor, so that locking can
 * unregister them all (the redactor must not keep the key alive after lock).
 */
export class SecretTracker {
  readonly #registry: SecretRegistry | undefined;
  readonly #values = new Set<string>();

  constructor(registry: SecretRegistry | undefined) {
    this.#registry = registry;
  }

  add(...values: string[]): void {
    for (const value of values) {
      if (this.#values.has(value)) continue;
      this.#values.add(value);
      this.#registry?.registerSecret(value);
    }
  }

  /** Registers every secret an unlocked session holds. */
  addSession(session: UnlockedSession): void {
    this.add(session.privateKey, session.boxKey);
    const credentials = session.apiCredentials;
    if (credentials) this.add(credentials.secret, credentials.passphrase, credentials.key);
  }

  remove(value: string): void {
    if (this.#values.delete(value)) this.#registry?.unregisterSecret(value);
  }

  clear(): void {
    for (const value of this.#values) this.#registry?.unregisterSecret(value);
    this.#values.clear();
  }
}
