import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AlarmAutoLockScheduler } from '../../../lib/adapters/vault/alarm-scheduler';
import { BrowserSessionStore, BrowserVaultStore } from '../../../lib/adapters/vault/browser-stores';
import { Vault } from '../../../lib/adapters/vault/vault';
import { Logger } from '../../../lib/log/logger';
import { API_CREDENTIALS, HARDHAT_KEY, PASSPHRASE, rejection } from './vault-harness';

const bytesOf = (hex: string) => Buffer.from(hex.replace(/^0x/, ''), 'hex');
const b64 = (buffer: Buffer) => buffer.toString('base64').replace(/=+$/, '');
const b64url = (buffer: Buffer) => buffer.toString('base64url');

/** Every spelling of a secret that must never be found (hex compared case-insensitively). */
function forbiddenSpellings(): { label: string; value: string }[] {
  const key = bytesOf(HARDHAT_KEY);
  const apiSecretBytes = Buffer.from(API_CREDENTIALS.secret, 'base64');
  const text = (label: string, value: string) => {
    const utf8 = Buffer.from(value, 'utf8');
    return [
      { label: `${label} plain`, value },
      { label: `${label} hex`, value: utf8.toString('hex') },
      { label: `${label} base64`, value: b64(utf8) },
      { label: `${label} base64url`, value: b64url(utf8) },
    ];
  };
  return [
    { label: 'key hex', value: HARDHAT_KEY.slice(2) },
    { label: 'key base64', value: b64(key) },
    { label: 'key base64url', value: b64url(key) },
    ...text('passphrase', PASSPHRASE),
    ...text('api secret', API_CREDENTIALS.secret.replace(/=+$/, '')),
    { label: 'api secret bytes hex', value: apiSecretBytes.toString('hex') },
    { label: 'api secret base64url', value: b64url(apiSecretBytes) },
    ...text('api passphrase', API_CREDENTIALS.passphrase),
  ];
}

describe('secret hygiene', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('after import, unlock, credentials, logging and lock, no secret is stored or logged', async () => {
    const consoleLines: string[] = [];
    for (const method of ['info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((line: unknown) => {
        consoleLines.push(String(line));
      });
    }
    const logger = new Logger({ scope: 'background' });
    const vault = new Vault(
      {
        store: new BrowserVaultStore(),
        session: new BrowserSessionStore(),
        clock: { now: () => Date.now() },
        scheduler: new AlarmAutoLockScheduler(),
        secrets: logger,
        log: logger.child('vault'),
      },
      { iterations: 1000 },
    );
    const errors: unknown[] = [];

    errors.push(await rejection(vault.importKey(`${HARDHAT_KEY}0`, PASSPHRASE)));
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    errors.push(await rejection(vault.unlock(`${PASSPHRASE}!`)));
    await vault.unlock(PASSPHRASE);
    await vault.storeApiCredentials(API_CREDENTIALS);

    // Careless logging by other code while unlocked.
    const key = await vault.getSigningKey();
    const creds = await vault.getApiCredentials();
    const log = logger.child('trading');
    log.info(`signing with ${key}`, { marketId: key, note: PASSPHRASE, creds, apiKey: creds?.key });
    log.warn('headers', { headers: { POLY_API_KEY: creds?.key, POLY_PASSPHRASE: creds?.passphrase } });
    log.info('encodings', {
      a: b64(bytesOf(key)),
      b: b64url(bytesOf(key)),
      c: Buffer.from(PASSPHRASE).toString('hex'),
      d: `${creds?.secret}`,
      e: `secret=${creds?.passphrase}`,
      f: [{ deep: { value: Buffer.from(PASSPHRASE).toString('base64') } }],
    });
    log.error('order failed', new Error(`bad key ${key}`, { cause: new Error(PASSPHRASE) }));
    await vault.lock();

    const dump = JSON.stringify({
      local: await fakeBrowser.storage.local.get(null),
      session: await fakeBrowser.storage.session.get(null),
      logs: logger.exportJsonLines(),
      entries: logger.entries(),
      console: consoleLines,
      errors: errors.map((e) =>
        e instanceof Error ? { message: e.message, details: Object.entries(e) } : e,
      ),
    });
    expect(logger.entries().length).toBeGreaterThan(5);
    expect(consoleLines.length).toBe(logger.entries().length);
    const found = forbiddenSpellings().filter(({ value }) =>
      dump.toLowerCase().includes(value.toLowerCase()),
    );
    expect(found.map((f) => f.label)).toEqual([]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
