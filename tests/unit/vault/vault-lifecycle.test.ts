import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../lib/errors/app-error';
import {
  API_CREDENTIALS,
  HARDHAT_ADDRESS,
  HARDHAT_KEY,
  makeVault,
  PASSPHRASE,
  rejection,
} from './vault-harness';

const LOCKED = 'The wallet is locked. Unlock it in the options page.';

function expectAppError(error: unknown, kind: string, code: string): void {
  expect(isAppError(error)).toBe(true);
  if (isAppError(error)) expect({ kind: error.kind, code: error.code }).toEqual({ kind, code });
}

describe('Vault lifecycle', () => {
  it('imports a key, returns its address and leaves the vault unlocked', async () => {
    const { vault, store } = makeVault();
    expect(await vault.importKey(` ${HARDHAT_KEY.slice(2).toUpperCase()} `, PASSPHRASE)).toEqual({
      address: HARDHAT_ADDRESS,
    });
    expect(await vault.address()).toBe(HARDHAT_ADDRESS);
    expect(await vault.isUnlocked()).toBe(true);
    expect(await vault.getSigningKey()).toBe(HARDHAT_KEY);
    expect(store.record?.keyBlob).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA256', iterations: 1000 });
    expect(JSON.stringify(store.record)).not.toContain(HARDHAT_KEY.slice(2));
  });

  it('rejects a bad key or a short passphrase without storing anything', async () => {
    const { vault, store } = makeVault();
    const badKey = await rejection(vault.importKey(HARDHAT_KEY.slice(0, -1), PASSPHRASE));
    expectAppError(badKey, 'validation', 'invalid_private_key');
    expect((badKey as Error).message).toBe('The key must be 64 hexadecimal characters; you entered 63.');
    const weak = await rejection(vault.importKey(HARDHAT_KEY, 'short'));
    expectAppError(weak, 'validation', 'weak_passphrase');
    expect(store.record).toBeUndefined();
  });

  it('refuses a second import while a wallet exists', async () => {
    const { vault } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    expectAppError(await rejection(vault.importKey(HARDHAT_KEY, PASSPHRASE)), 'validation', 'wallet_exists');
  });

  it('lock clears memory and the session store; unlock brings the key back', async () => {
    const { vault, session, scheduler } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    expect(session.value?.privateKey).toBe(HARDHAT_KEY);
    await vault.lock();
    expect(session.value).toBeUndefined();
    expect(scheduler.deadline).toBeUndefined();
    expect(await vault.isUnlocked()).toBe(false);
    const locked = await rejection(vault.getSigningKey());
    expectAppError(locked, 'operational', 'wallet_locked');
    expect((locked as Error).message).toBe(LOCKED);
    expectAppError(await rejection(vault.getApiCredentials()), 'operational', 'wallet_locked');
    expect(await vault.unlock(PASSPHRASE)).toEqual({ address: HARDHAT_ADDRESS });
    expect(await vault.getSigningKey()).toBe(HARDHAT_KEY);
    expect(await vault.getApiCredentials()).toBeNull();
  });

  it('unlock without a wallet, or with a wrong passphrase, fails clearly', async () => {
    const { vault } = makeVault();
    expectAppError(await rejection(vault.unlock(PASSPHRASE)), 'validation', 'no_wallet');
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    const wrong = await rejection(vault.unlock('not the passphrase'));
    expectAppError(wrong, 'validation', 'wrong_passphrase');
    expect((wrong as Error).message).toBe('Wrong passphrase, or the vault data is damaged.');
    expect(await vault.isUnlocked()).toBe(false);
  });

  it('a restarted worker picks up the session', async () => {
    const { vault, restart, scheduler } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.storeApiCredentials(API_CREDENTIALS);
    const deadline = scheduler.deadline;
    scheduler.deadline = undefined;
    const fresh = restart();
    expect(await fresh.restoreFromSession()).toBe(true);
    expect(scheduler.deadline).toBe(deadline);
    expect(await fresh.getSigningKey()).toBe(HARDHAT_KEY);
    expect(await fresh.getApiCredentials()).toEqual(API_CREDENTIALS);
    await fresh.lock();
    expect(await restart().restoreFromSession()).toBe(false);
  });

  it('stores API credentials encrypted; they need the vault unlocked', async () => {
    const { vault, store } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    expectAppError(
      await rejection(vault.storeApiCredentials(API_CREDENTIALS)),
      'operational',
      'wallet_locked',
    );
    await vault.unlock(PASSPHRASE);
    const bad = await rejection(vault.storeApiCredentials({ ...API_CREDENTIALS, secret: 'not base64!' }));
    expectAppError(bad, 'validation', 'invalid_api_credentials');
    await vault.storeApiCredentials(API_CREDENTIALS);
    expect(store.record?.apiBlob).toMatchObject({ v: 1, salt: store.record?.keyBlob.salt });
    expect(store.record?.apiBlob?.iv).not.toBe(store.record?.keyBlob.iv);
    await vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(await vault.getApiCredentials()).toEqual(API_CREDENTIALS);
  });

  it('changes the passphrase, re-encrypting key and credentials', async () => {
    const { vault, store } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.storeApiCredentials(API_CREDENTIALS);
    const before = store.record;
    expectAppError(
      await rejection(vault.changePassphrase(PASSPHRASE, 'short')),
      'validation',
      'weak_passphrase',
    );
    expectAppError(
      await rejection(vault.changePassphrase('wrong passphrase', 'a new passphrase')),
      'validation',
      'wrong_passphrase',
    );
    await vault.changePassphrase(PASSPHRASE, 'a new passphrase');
    expect(store.record?.keyBlob.salt).not.toBe(before?.keyBlob.salt);
    expect(store.record?.apiBlob?.ciphertext).not.toBe(before?.apiBlob?.ciphertext);
    // Still unlocked, and new credentials are sealed under the new key.
    await vault.storeApiCredentials({ ...API_CREDENTIALS, key: 'second-key' });
    await vault.lock();
    expectAppError(await rejection(vault.unlock(PASSPHRASE)), 'validation', 'wrong_passphrase');
    await vault.unlock('a new passphrase');
    expect(await vault.getSigningKey()).toBe(HARDHAT_KEY);
    expect(await vault.getApiCredentials()).toEqual({ ...API_CREDENTIALS, key: 'second-key' });
  });

  it('removeWallet wipes the record, the session and the attempt counter', async () => {
    const { vault, store, session } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.removeWallet();
    expect(store.record).toBeUndefined();
    expect(session.value).toBeUndefined();
    expect(await vault.address()).toBeUndefined();
    expect(await vault.isUnlocked()).toBe(false);
    expect(await vault.importKey(HARDHAT_KEY, 'another passphrase')).toEqual({ address: HARDHAT_ADDRESS });
  });

  it('upgrades weaker encryption to the configured iteration count on unlock', async () => {
    const { vault, store, restart } = makeVault({ iterations: 500 });
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.storeApiCredentials(API_CREDENTIALS);
    await vault.lock();
    const stronger = restart({ iterations: 2000 });
    await stronger.unlock(PASSPHRASE);
    expect(store.record?.keyBlob.iterations).toBe(2000);
    expect(store.record?.apiBlob?.iterations).toBe(2000);
    await stronger.lock();
    await stronger.unlock(PASSPHRASE);
    expect(await stronger.getApiCredentials()).toEqual(API_CREDENTIALS);
  });

  it('rejects a damaged vault record with the same error as a wrong passphrase', async () => {
    const { vault, store } = makeVault();
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    if (store.record) store.record.address = '0x0000000000000000000000000000000000000001';
    expectAppError(await rejection(vault.unlock(PASSPHRASE)), 'validation', 'wrong_passphrase');
  });
});
