import { Vault } from '../../../lib/adapters/vault/vault';
import type { VaultOptions } from '../../../lib/adapters/vault/vault-ports';
import { Logger } from '../../../lib/log/logger';
import { FakeClock, FakeScheduler, MemorySessionStore, MemoryVaultStore } from './vault-fakes';

export const HARDHAT_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
export const HARDHAT_ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
export const PASSPHRASE = 'correct horse battery staple';
export const API_CREDENTIALS = {
  key: '1f0e8c9a-6d6e-4b52-9a5c-3a3f4c1d2e7b',
  secret: 'q5ZKxJXr1JRLsJ4vHDzV8Xn1bK0yQeZ3mX7m0h2y9tA=',
  passphrase: '7f3c2b1a9e8d4c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b',
};

/** A vault over in-memory stores, at low PBKDF2 iterations for speed. */
export function makeVault(options: VaultOptions = {}) {
  const store = new MemoryVaultStore();
  const session = new MemorySessionStore();
  const clock = new FakeClock();
  const scheduler = new FakeScheduler();
  const logger = new Logger({ console: false, clock, scope: 'test' });
  const deps = { store, session, clock, scheduler, secrets: logger, log: logger.child('vault') };
  const vault = new Vault(deps, { iterations: 1000, ...options });
  /** A second instance over the same stores: a restarted service worker. */
  const restart = (more: VaultOptions = {}) => new Vault(deps, { iterations: 1000, ...options, ...more });
  return { vault, store, session, clock, scheduler, logger, restart };
}

/** Resolves to the error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
