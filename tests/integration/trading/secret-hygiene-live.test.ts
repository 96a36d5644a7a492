import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLiveExchangeFactory } from '../../../lib/adapters/exchange/live-exchange-factory';
import { AlarmAutoLockScheduler } from '../../../lib/adapters/vault/alarm-scheduler';
import { BrowserSessionStore, BrowserVaultStore } from '../../../lib/adapters/vault/browser-stores';
import { Vault } from '../../../lib/adapters/vault/vault';
import { Logger } from '../../../lib/log/logger';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { HARDHAT_KEY, PASSPHRASE } from '../../unit/vault/vault-harness';
import { prepareMarket, setYesBook } from './support/fake-books';
import { makeHarness, passContext } from './support/trading-harness';

/** Every way a secret could be written down: plain, hex, base64, base64url, upper/lower case. */
function encodings(secret: string): string[] {
  const bare = secret.replace(/^0x/, '');
  const bytes =
    /^[0-9a-f]+$/i.test(bare) && bare.length % 2 === 0 ? Buffer.from(bare, 'hex') : Buffer.from(secret);
  const utf8 = Buffer.from(secret);
  return [
    secret,
    bare,
    bare.toUpperCase(),
    utf8.toString('hex'),
    utf8.toString('base64'),
    utf8.toString('base64url'),
    bytes.toString('base64'),
    bytes.toString('base64url'),
    bytes.toString('base64').replace(/=+$/, ''),
  ].filter((s) => s.length >= 8);
}

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 11, scriptedMarkets: 0 });
});
afterAll(() => fake.close());
beforeEach(() => fakeBrowser.reset());

describe('secrets never written down in clear', () => {
  it('after import, unlock, a live trade and lock: not in IndexedDB, storage.local, storage.session or any log line', async () => {
    const console: string[] = [];
    const logger = new Logger({ console: false, clock: { now: () => fake.state.nowMs } });
    logger.addSink((entry) => console.push(JSON.stringify(entry)));
    const vault = new Vault(
      {
        store: new BrowserVaultStore(),
        session: new BrowserSessionStore(),
        clock: { now: () => fake.state.nowMs },
        scheduler: new AlarmAutoLockScheduler(),
        secrets: logger,
        log: logger.child('vault'),
      },
      { iterations: 1_000 },
    );
    await vault.importKey(HARDHAT_KEY, PASSPHRASE);
    await vault.lock();
    await vault.unlock(PASSPHRASE);

    const market = prepareMarket(fake, 3);
    const live = createLiveExchangeFactory({
      vault,
      geoblock: async () => ({ blocked: false, country: null }),
    });
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
    h.logger.addSink((entry) => console.push(JSON.stringify(entry)));
    const entered = await h.services.engine.enter(market.id);
    expect(entered.positionId).toBeTruthy();
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    await h.services.monitorPass(passContext().ctx);
    const credentials = await vault.getApiCredentials();
    expect(credentials?.secret).toBeTruthy();
    // Careless logging of everything the engine saw, as a bug might do: the redactor must catch it.
    logger.info('debug dump', {
      key: HARDHAT_KEY,
      passphrase: PASSPHRASE,
      credentials,
      note: `k=${HARDHAT_KEY}`,
    });
    await vault.lock();

    const indexedDb: unknown[] = [];
    for (const table of h.store.db.tables) indexedDb.push(await table.toArray());
    const dumps = {
      indexedDb: JSON.stringify(indexedDb),
      local: JSON.stringify(await fakeBrowser.storage.local.get(null)),
      session: JSON.stringify(await fakeBrowser.storage.session.get(null)),
      logs: [...logger.entries(), ...h.logger.entries()].map((e) => JSON.stringify(e)).join('\n'),
      console: console.join('\n'),
    };
    expect(dumps.indexedDb).toContain('"mode":"live"'); // the dump is real: the live trade is in it
    const secrets = {
      privateKey: HARDHAT_KEY,
      passphrase: PASSPHRASE,
      apiSecret: credentials?.secret ?? '',
      apiPassphrase: credentials?.passphrase ?? '',
    };
    const found: string[] = [];
    for (const [where, text] of Object.entries(dumps)) {
      for (const [name, secret] of Object.entries(secrets)) {
        for (const form of encodings(secret))
          if (text.includes(form)) found.push(`${name} in ${where} as ${form.slice(0, 6)}…`);
      }
    }
    expect(found).toEqual([]);
  });
});
