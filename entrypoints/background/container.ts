import { browser } from 'wxt/browser';
import { createLiveCtfFactory } from '../../lib/adapters/chain/live-ctf-factory';
import { createRelayerKeyStore } from '../../lib/adapters/chain/relayer-key-store';
import { createLiveExchangeFactory } from '../../lib/adapters/exchange/live-exchange-factory';
import { createKalshiExchangeFactory } from '../../lib/adapters/kalshi/kalshi-exchange-factory';
import { kalshiSignerSource } from '../../lib/adapters/kalshi/kalshi-signer-source';
import { offscreenKalshiSocket } from '../../lib/adapters/kalshi/offscreen-kalshi-socket';
import { GdeltClient } from '../../lib/adapters/news/gdelt-client';
import { RssClient } from '../../lib/adapters/news/rss-client';
import { MarketWs } from '../../lib/adapters/polymarket/market-ws';
import { createPolymarketClientsProvider } from '../../lib/adapters/polymarket/polymarket-clients';
import { createAlarmScheduler } from '../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../lib/adapters/scheduler/pass-lock';
import { openDatabase } from '../../lib/adapters/storage/database';
import { createStore } from '../../lib/adapters/storage/store';
import { restrictStorageToTrustedContexts } from '../../lib/adapters/storage/trusted-storage';
import { AlarmAutoLockScheduler } from '../../lib/adapters/vault/alarm-scheduler';
import { BrowserSessionStore, BrowserVaultStore } from '../../lib/adapters/vault/browser-stores';
import { createKalshiKeyStore } from '../../lib/adapters/vault/kalshi-key-store';
import { Vault } from '../../lib/adapters/vault/vault';
import { unlockedAccount } from '../../lib/adapters/vault/vault-account';
import { kalshiVenueStream } from '../../lib/adapters/venues/kalshi/kalshi-venue-stream';
import { createDoctorSources } from '../../lib/adapters/wallet-doctor/doctor-sources';
import type { Clock, IdSource } from '../../lib/ports';
import { composeBackground } from './compose-background';
import { createObservability } from './observability';

/**
 * The background as the browser runs it: the browser's platform (IndexedDB, storage, alarms,
 * notifications, fetch, WebSocket, the vault on browser storage) given to composeBackground, which
 * tests and benches call with their own platform.
 */
export function createContainer() {
  const clock: Clock = { now: () => Date.now() };
  const ids: IdSource = { next: () => crypto.randomUUID() };
  const store = createStore(openDatabase(), clock.now);
  const observability = createObservability(store, clock);
  const { logger } = observability;
  const vault = new Vault(
    {
      store: new BrowserVaultStore(),
      session: new BrowserSessionStore(),
      clock,
      scheduler: new AlarmAutoLockScheduler(),
      secrets: logger,
      log: logger.child('vault'),
    },
    // The user's "Auto-lock after", read whenever a deadline is set.
    { autoLockMs: async () => (await store.settings.get()).wallet.autoLockMinutes * 60_000 },
  );
  const kalshiKeys = createKalshiKeyStore({ session: new BrowserSessionStore(), clock, registry: logger });
  const relayerKey = createRelayerKeyStore({ session: new BrowserSessionStore(), clock, registry: logger });
  return composeBackground({
    store,
    clock,
    ids,
    observability,
    clients: createPolymarketClientsProvider({ onRequest: observability.apiMetrics.sink }),
    news: { gdelt: new GdeltClient(), rss: new RssClient() },
    openStream: (handlers, current) =>
      new MarketWs({ url: current.endpoints.clobWsUrl, WebSocket, handlers, reconnectMaxDelayMs: 20_000 }),
    // Kalshi's socket needs the key's signature on its handshake: opened from the offscreen document.
    kalshiStream: kalshiVenueStream({
      signer: kalshiSignerSource(kalshiKeys),
      openSocket: offscreenKalshiSocket(),
    }),
    vault,
    live: {
      exchange: createLiveExchangeFactory({ vault }),
      kalshiExchange: createKalshiExchangeFactory({ keys: kalshiKeys }),
      kalshiKeys,
      signer: async () => (await unlockedAccount(vault)).address,
      ctf: createLiveCtfFactory({ vault, relayerAuth: () => relayerKey.get() }),
    },
    doctorSources: createDoctorSources({ vault }),
    alarms: createAlarmScheduler(),
    lock: createPassLock(),
    extension: {
      version: browser.runtime.getManifest().version,
      id: browser.runtime.id,
      origin: browser.runtime.getURL('/'),
      openPage: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
      },
      restrictStorage: restrictStorageToTrustedContexts,
    },
  });
}
