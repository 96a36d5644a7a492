import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BrowserSecretBlobStore } from '../../../lib/adapters/vault/browser-secret-blobs';
import { EncryptedSecrets, vaultSessionKeySource } from '../../../lib/adapters/vault/encrypted-secrets';
import { KalshiKeyStore } from '../../../lib/adapters/vault/kalshi-key-store';
import { freshKalshiKey } from '../kalshi/test-keys';
import { HARDHAT_KEY, makeVault, PASSPHRASE, rejection } from './vault-harness';

const KEY_ID = 'a952bcbe-ec3b-4b5b-b8f9-11dae589608c';
const key = freshKalshiKey();
const pemBody = (pem: string) =>
  pem
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'))
    .map((l) => l.trim());

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
  return { ...harness, kalshi: new KalshiKeyStore(secrets, harness.logger) };
}

describe('the Kalshi API key, sealed in the wallet vault', () => {
  it('leaves no trace of the key id or the private key in storage, and reads back while unlocked', async () => {
    const { kalshi, session } = await setup();
    await kalshi.setKalshiKey(` ${KEY_ID} `, key.pkcs1Pem);
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).toContain('ciphertext');
    expect(stored).not.toContain(KEY_ID);
    for (const line of pemBody(key.pkcs1Pem)) expect(stored).not.toContain(line);
    const sessionText = JSON.stringify(await session.load());
    for (const line of pemBody(key.pkcs1Pem)) expect(sessionText).not.toContain(line);
    expect(await kalshi.kalshiKeyStatus()).toBe('ok');
    expect(await kalshi.credentials()).toEqual({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem.trim() });
  });

  it('keeps the key out of the logs', async () => {
    const { kalshi, logger } = await setup();
    await kalshi.setKalshiKey(KEY_ID, key.pkcs8Pem);
    const line = pemBody(key.pkcs8Pem)[3] ?? '';
    logger.info('debug dump', { keyId: KEY_ID, text: `pem line ${line}` });
    const logged = JSON.stringify(logger.entries());
    expect(logged).toContain('debug dump');
    expect(logged).not.toContain(KEY_ID);
    expect(logged).not.toContain(line);
  });

  it('refuses what is not a Kalshi key without quoting it, and needs the vault unlocked', async () => {
    const { kalshi, vault } = await setup();
    const bad = '-----BEGIN PRIVATE KEY-----\nTm90QUtleUF0QWxsSnVzdFRleHQ=\n-----END PRIVATE KEY-----';
    const refused = await rejection(kalshi.setKalshiKey(KEY_ID, bad));
    expect(refused).toMatchObject({ code: 'kalshi_key_invalid' });
    expect(String(refused)).not.toContain('Tm90QUtleUF0');
    await expect(kalshi.setKalshiKey('not-a-uuid', key.pkcs8Pem)).rejects.toMatchObject({
      code: 'kalshi_key_invalid',
    });
    await vault.lock();
    await expect(kalshi.setKalshiKey(KEY_ID, key.pkcs8Pem)).rejects.toMatchObject({ code: 'wallet_locked' });
    expect(await kalshi.kalshiKeyStatus()).toBe('missing');
    await vault.unlock(PASSPHRASE);
    await kalshi.setKalshiKey(KEY_ID, key.pkcs8Pem);
    await vault.lock();
    expect(await kalshi.kalshiKeyStatus()).toBe('locked');
    await expect(kalshi.credentials()).rejects.toMatchObject({ kind: 'operational', code: 'wallet_locked' });
    await kalshi.removeKalshiKey();
    expect(await kalshi.kalshiKeyStatus()).toBe('missing');
  });
});
