import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TelegramTokenStore } from '../../../lib/adapters/notify/telegram-token';
import { BrowserSecretBlobStore } from '../../../lib/adapters/vault/browser-secret-blobs';
import { EncryptedSecrets, vaultSessionKeySource } from '../../../lib/adapters/vault/encrypted-secrets';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from '../vault/vault-harness';

const TOKEN = '123456789:AAHfakeTokenForTests_abcdefghijklmnop';

beforeEach(() => {
  fakeBrowser.reset();
});

async function setup() {
  const harness = makeVault();
  await harness.vault.importKey(HARDHAT_KEY, PASSPHRASE);
  const secrets = new EncryptedSecrets({
    keys: vaultSessionKeySource(harness.session, harness.clock),
    blobs: new BrowserSecretBlobStore(),
    registry: harness.logger,
  });
  return { ...harness, tokens: new TelegramTokenStore(secrets) };
}

describe('Telegram token, encrypted with the vault key', () => {
  it('stores ciphertext only and reads it back while unlocked', async () => {
    const { tokens } = await setup();
    await tokens.set(` ${TOKEN} `);
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).not.toContain(TOKEN);
    expect(stored).not.toContain('AAHfakeToken');
    expect(stored).toContain('ciphertext');
    expect(await tokens.get()).toBe(TOKEN);
    expect(await tokens.status()).toBe('ok');
  });

  it('is unreadable while locked, and stale after a passphrase change', async () => {
    const { tokens, vault } = await setup();
    await tokens.set(TOKEN);
    await vault.lock();
    expect(await tokens.get()).toBeUndefined();
    expect(await tokens.status()).toBe('locked');
    await expect(tokens.set(TOKEN)).rejects.toMatchObject({ code: 'wallet_locked' });
    await vault.unlock(PASSPHRASE);
    await vault.changePassphrase(PASSPHRASE, 'another long passphrase 42');
    expect(await tokens.status()).toBe('stale');
    await tokens.clear();
    expect(await tokens.status()).toBe('missing');
  });

  it('rejects a malformed token without echoing it, and redacts a stored one from logs', async () => {
    const { tokens, logger } = await setup();
    const error = await tokens.set('not-a-token-value').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'telegram_invalid_token' });
    expect(String((error as Error).message)).not.toContain('not-a-token-value');
    await tokens.set(TOKEN);
    logger.info(`oops ${TOKEN}`, { url: `https://api.telegram.org/bot${TOKEN}/sendMessage` });
    expect(JSON.stringify(logger.entries())).not.toContain(TOKEN);
  });
});

describe('Telegram token with no wallet: sealed with the non-extractable device key (issue 21 item 8)', () => {
  async function deviceTokens() {
    const { logger } = makeVault();
    const { DeviceSealedSecrets, IndexedDbDeviceKeyStore } = await import(
      '../../../lib/adapters/vault/device-key'
    );
    const blobs = new BrowserSecretBlobStore();
    const keys = new IndexedDbDeviceKeyStore();
    const device = new DeviceSealedSecrets(keys, blobs, logger);
    const vaultSecrets = new EncryptedSecrets({
      keys: { current: async () => undefined },
      blobs,
      registry: logger,
    });
    return { tokens: new TelegramTokenStore(vaultSecrets, device), keys, logger };
  }

  it('a paper user with no wallet saves and reads the token; clear text is nowhere, the key cannot be exported', async () => {
    const { tokens, keys, logger } = await deviceTokens();
    await tokens.set(TOKEN);
    expect(await tokens.status()).toBe('ok');
    expect(await tokens.get()).toBe(TOKEN);
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).not.toContain(TOKEN);
    expect(stored).not.toContain('AAHfakeToken');
    expect(stored).not.toContain(Buffer.from(TOKEN).toString('base64').slice(0, 20));
    expect(stored).toContain('device-aes-gcm');
    // IndexedDB holds the key object only, and the browser refuses to export it.
    const key = await keys.load();
    expect(key?.extractable).toBe(false);
    expect(key?.usages.sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', key as CryptoKey)).rejects.toThrow();
    // A fresh worker (new store objects) reads it back with the same device key.
    const again = await deviceTokens();
    expect(await again.tokens.get()).toBe(TOKEN);
    logger.info(`oops ${TOKEN}`);
    expect(JSON.stringify(logger.entries())).not.toContain(TOKEN);
    await tokens.clear();
    expect(await tokens.status()).toBe('missing');
  });
});
