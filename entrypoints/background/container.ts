import { browser } from 'wxt/browser';
import { GdeltClient } from '../../lib/adapters/news/gdelt-client';
import { RssClient } from '../../lib/adapters/news/rss-client';
import { createPolymarketClientsProvider } from '../../lib/adapters/polymarket/polymarket-clients';
import { createAlarmScheduler } from '../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../lib/adapters/scheduler/pass-lock';
import { openDatabase } from '../../lib/adapters/storage/database';
import { createStore } from '../../lib/adapters/storage/store';
import { AlarmAutoLockScheduler, AUTO_LOCK_ALARM } from '../../lib/adapters/vault/alarm-scheduler';
import { BrowserSessionStore, BrowserVaultStore } from '../../lib/adapters/vault/browser-stores';
import { Vault } from '../../lib/adapters/vault/vault';
import { createDiagnosticsHandlers } from '../../lib/app/diagnostics-handlers';
import { createIntelligenceServices } from '../../lib/app/intelligence-services';
import { createMessageHandlers } from '../../lib/app/message-handlers';
import { createPassBodies } from '../../lib/app/pass-bodies';
import { createPassScheduler } from '../../lib/app/pass-scheduler';
import { createWalletHandlers } from '../../lib/app/wallet-handlers';
import { Logger } from '../../lib/log/logger';
import { createRouter } from '../../lib/messaging/router';
import type { Clock, IdSource } from '../../lib/ports';

/** Build every long-lived object of the service worker. Composition only: no business rules here. */
export function createContainer() {
  const clock: Clock = { now: () => Date.now() };
  const ids: IdSource = { next: () => crypto.randomUUID() };
  const logger = new Logger({ clock, scope: 'background' });
  const store = createStore(openDatabase(), clock.now);
  const vault = new Vault({
    store: new BrowserVaultStore(),
    session: new BrowserSessionStore(),
    clock,
    scheduler: new AlarmAutoLockScheduler(),
    secrets: logger,
    log: logger.child('vault'),
  });
  const clients = createPolymarketClientsProvider({});
  const settings = () => store.settings.get();
  const intelligence = createIntelligenceServices({
    store,
    clock,
    ids,
    logger: logger.child('intelligence'),
    clients,
    settings,
    news: { gdelt: new GdeltClient(), rss: new RssClient() },
  });
  const scheduler = createPassScheduler({
    alarms: createAlarmScheduler(),
    lock: createPassLock(),
    clock,
    ids,
    log: store.passLog,
    settings,
    bodies: createPassBodies({
      scan: intelligence.scanPass,
      whales: intelligence.whalePass,
      monitor: async () => {
        const open = await store.positions.listOpen();
        return open.length === 0
          ? 'No open positions.'
          : `${open.length} open positions (monitor not installed yet).`;
      },
    }),
  });
  const handlers = {
    ...createMessageHandlers({ store, scheduler, version: browser.runtime.getManifest().version }),
    ...createWalletHandlers(vault),
    ...createDiagnosticsHandlers({ settings, clients, clock }),
  };
  const router = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

  return {
    store,
    scheduler,
    vault,
    router,
    logger,
    /** Every alarm of the extension: the periodic passes and the vault's auto-lock. */
    async onAlarm(name: string): Promise<void> {
      if (name === AUTO_LOCK_ALARM) {
        await vault.checkAutoLock(clock.now());
        return;
      }
      await scheduler.onAlarm(name);
    },
    /** Work to do on every worker start: the unlocked session restored, alarms matched to the settings. */
    async start(): Promise<void> {
      await vault.restoreFromSession();
      await scheduler.sync(await store.settings.get());
    },
  };
}
