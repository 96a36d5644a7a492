import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RelayerKeyStore } from '../../../lib/adapters/chain/relayer-key-store';
import { BrowserSecretBlobStore } from '../../../lib/adapters/vault/browser-secret-blobs';
import { EncryptedSecrets, vaultSessionKeySource } from '../../../lib/adapters/vault/encrypted-secrets';
import { createRelayerKeyHandlers } from '../../../lib/app/wallet/relayer-key-handlers';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from './vault-harness';

const API_KEY = '019a3c1e-7f2b-7d41-9e55-3b6f0c2d8a17';
const ADDRESS = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

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
  const store = new RelayerKeyStore(secrets, harness.logger);
  return { ...harness, store, handlers: createRelayerKeyHandlers(store) };
}

describe('the Polymarket Relayer API key, saved from the options page and sealed in the vault', () => {
  it('is never in clear in storage, reads back for the relayer while unlocked, and can be removed', async () => {
    const { handlers, store, session } = await setup();
    expect(await handlers['relayer.keyStatus']({}, {} as never)).toBe('missing');
    expect(await handlers['relayer.setKey']({ apiKey: ` ${API_KEY} `, address: ADDRESS }, {} as never)).toBe(
      'ok',
    );
    const stored = JSON.stringify(await browser.storage.local.get(null));
    expect(stored).toContain('ciphertext');
    expect(stored).not.toContain(API_KEY);
    expect(stored).not.toContain(API_KEY.slice(0, 12));
    expect(JSON.stringify(await session.load())).not.toContain(API_KEY);
    expect(await store.get()).toEqual({ apiKey: API_KEY, address: ADDRESS });

    expect(await handlers['relayer.removeKey']({}, {} as never)).toBe('missing');
    expect(await store.get()).toBeNull();
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('relayer.apiKey');
  });

  it('keeps the key out of the logs, and refuses an incomplete key without quoting it', async () => {
    const { handlers, logger } = await setup();
    await handlers['relayer.setKey']({ apiKey: API_KEY, address: ADDRESS }, {} as never);
    logger.info('relayer call', { header: `RELAYER_API_KEY ${API_KEY}` });
    const logged = JSON.stringify(logger.entries());
    expect(logged).toContain('relayer call');
    expect(logged).not.toContain(API_KEY);

    const refused = await handlers['relayer.setKey'](
      { apiKey: 'another-key-1234', address: 'not an address' },
      {} as never,
    ).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'relayer_key_invalid' });
    expect(String(refused)).not.toContain('another-key-1234');
  });

  it('needs the wallet unlocked to save, and says it is locked when it is', async () => {
    const { handlers, vault } = await setup();
    await handlers['relayer.setKey']({ apiKey: API_KEY, address: ADDRESS }, {} as never);
    await vault.lock();
    expect(await handlers['relayer.keyStatus']({}, {} as never)).toBe('locked');
    await expect(
      handlers['relayer.setKey']({ apiKey: API_KEY, address: ADDRESS }, {} as never),
    ).rejects.toMatchObject({ code: 'wallet_locked' });
    await vault.unlock(PASSPHRASE);
    expect(await handlers['relayer.keyStatus']({}, {} as never)).toBe('ok');
  });
});
