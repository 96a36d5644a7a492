import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlarmAutoLockScheduler, AUTO_LOCK_ALARM } from '../../../lib/adapters/vault/alarm-scheduler';
import {
  BrowserSessionStore,
  BrowserVaultStore,
  VAULT_RECORD_KEY,
  VAULT_SESSION_KEY,
} from '../../../lib/adapters/vault/browser-stores';
import { Vault } from '../../../lib/adapters/vault/vault';
import { API_CREDENTIALS, HARDHAT_ADDRESS, HARDHAT_KEY, PASSPHRASE, rejection } from './vault-harness';

function browserVault() {
  const deps = {
    store: new BrowserVaultStore(),
    session: new BrowserSessionStore(),
    clock: { now: () => Date.now() },
    scheduler: new AlarmAutoLockScheduler(),
  };
  return { deps, vault: new Vault(deps, { iterations: 1000 }) };
}

describe('browser-backed vault stores', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keep only encrypted blobs in local storage and the session in session storage', async () => {
    const { vault } = browserVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.storeApiCredentials(API_CREDENTIALS);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local).sort()).toEqual(['vault.attempts', 'vault.record']);
    expect(local[VAULT_RECORD_KEY]).toMatchObject({ version: 1, address: HARDHAT_ADDRESS });
    expect(JSON.stringify(local)).not.toContain(HARDHAT_KEY.slice(2));
    expect(JSON.stringify(local)).not.toContain(API_CREDENTIALS.secret);
    const session = await fakeBrowser.storage.session.get(VAULT_SESSION_KEY);
    expect(session[VAULT_SESSION_KEY]).toMatchObject({ privateKey: HARDHAT_KEY });
  });

  it('arm and clear the auto-lock alarm', async () => {
    const { vault } = browserVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const alarm = await fakeBrowser.alarms.get(AUTO_LOCK_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 29 * 60_000);
    await vault.lock();
    expect(await fakeBrowser.alarms.get(AUTO_LOCK_ALARM)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('let a restarted worker restore the session, and a closed browser forget it', async () => {
    const first = browserVault();
    await first.vault.importKey(HARDHAT_KEY, PASSPHRASE);
    const second = browserVault();
    expect(await second.vault.restoreFromSession()).toBe(true);
    expect(await second.vault.getSigningKey()).toBe(HARDHAT_KEY);
    await fakeBrowser.storage.session.clear();
    const third = browserVault();
    expect(await third.vault.isUnlocked()).toBe(false);
    expect(await third.vault.address()).toBe(HARDHAT_ADDRESS);
    await third.vault.unlock(PASSPHRASE);
    expect(await third.vault.getSigningKey()).toBe(HARDHAT_KEY);
  });

  it('refuse an unreadable record instead of treating it as no wallet', async () => {
    await fakeBrowser.storage.local.set({ [VAULT_RECORD_KEY]: { version: 99 } });
    const { vault } = browserVault();
    expect(await rejection(vault.importKey(HARDHAT_KEY, PASSPHRASE))).toMatchObject({
      code: 'vault_unreadable',
    });
  });

  it('drop a malformed session', async () => {
    await fakeBrowser.storage.session.set({ [VAULT_SESSION_KEY]: { privateKey: 'nope' } });
    const store = new BrowserSessionStore();
    expect(await store.load()).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('persist failed attempts across instances and wipe them on removal', async () => {
    const { vault } = browserVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    await rejection(vault.unlock('wrong passphrase'));
    expect(await new BrowserVaultStore().loadAttempts()).toMatchObject({ failures: 1 });
    await vault.removeWallet();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
