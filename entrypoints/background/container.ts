import { browser } from 'wxt/browser';
import { marketDataFromClients } from '../../lib/adapters/exchange/clients-market-data';
import { createExchangeProviders } from '../../lib/adapters/exchange/exchange-provider';
import { createLiveExchangeFactory } from '../../lib/adapters/exchange/live-exchange-factory';
import { GdeltClient } from '../../lib/adapters/news/gdelt-client';
import { RssClient } from '../../lib/adapters/news/rss-client';
import { bucketsFor } from '../../lib/adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../../lib/adapters/polymarket/http/polymarket-endpoints';
import { MarketWs } from '../../lib/adapters/polymarket/market-ws';
import { createPolymarketClientsProvider } from '../../lib/adapters/polymarket/polymarket-clients';
import { createAlarmScheduler } from '../../lib/adapters/scheduler/alarm-scheduler';
import { createPassLock } from '../../lib/adapters/scheduler/pass-lock';
import { openDatabase } from '../../lib/adapters/storage/database';
import { healthMetricSources } from '../../lib/adapters/storage/repositories/health-metric-sources';
import { createStore } from '../../lib/adapters/storage/store';
import { restrictStorageToTrustedContexts } from '../../lib/adapters/storage/trusted-storage';
import { wsEventsRecorder } from '../../lib/adapters/storage/ws-events-recorder';
import { AlarmAutoLockScheduler, AUTO_LOCK_ALARM } from '../../lib/adapters/vault/alarm-scheduler';
import { BrowserSessionStore, BrowserVaultStore } from '../../lib/adapters/vault/browser-stores';
import { Vault } from '../../lib/adapters/vault/vault';
import { unlockedAccount } from '../../lib/adapters/vault/vault-account';
import { createDoctorSources } from '../../lib/adapters/wallet-doctor/doctor-sources';
import { createDiagnosticsHandlers } from '../../lib/app/diagnostics/diagnostics-handlers';
import { createIntelligenceServices } from '../../lib/app/intelligence/intelligence-services';
import { createLiveModeDrop } from '../../lib/app/live-mode/live-mode-drop';
import { withApprovedSigner } from '../../lib/app/live-mode/live-signer-check';
import { withMarketCaching } from '../../lib/app/market-data/caching-market-data';
import { createMessageHandlers } from '../../lib/app/messages/message-handlers';
import { createSendClock } from '../../lib/app/monitor/realtime/send-clock';
import { createRealtimeMonitor } from '../../lib/app/monitor/realtime-monitor';
import { createNotifyHandlers } from '../../lib/app/notify/notify-handlers';
import { createOverlayHandlers } from '../../lib/app/overlay/overlay-handlers';
import { handlersFollowedBy, passFollowedBy } from '../../lib/app/passes/followed-by';
import { createPassScheduler } from '../../lib/app/passes/pass-scheduler';
import type { PassBody } from '../../lib/app/passes/run-pass';
import { withSnapshotRecording } from '../../lib/app/research/recording-market-data';
import { createResearchHandlers } from '../../lib/app/research/research-handlers';
import { scanThenAutoEnter } from '../../lib/app/trading/auto-entry';
import { createTradingServices } from '../../lib/app/trading/trading-services';
import { createWalletHandlers, ordersTouchVault } from '../../lib/app/wallet/wallet-handlers';
import { createDoctorHandlers } from '../../lib/app/wallet-doctor/wallet-doctor-handlers';
import { createWhaleHandlers } from '../../lib/app/whales/whale-handlers';
import { createRouter, type HandlerMap } from '../../lib/messaging/router';
import type { Clock, IdSource } from '../../lib/ports';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { createObservability } from './observability';

/** Build every long-lived object of the service worker. Composition only: no business rules here. */
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
  const liveDrop = createLiveModeDrop({
    store,
    notifier: observability.notifier,
    clock,
    log: logger.child('live'),
  });

  // Every reader goes through `settings()`, which also keeps the endpoints the clients use current.
  let endpoints = DEFAULT_SETTINGS.endpoints;
  const settings = async () => {
    const current = await store.settings.get();
    endpoints = current.endpoints;
    return current;
  };
  const clients = createPolymarketClientsProvider({ onRequest: observability.apiMetrics.sink });
  const marketData = marketDataFromClients(() => clients(endpoints));
  // The books the bot trades on are recorded, so a session can be replayed by the backtester.
  // Markets it reads are cached too, so the pages can name them (overlay entries, watched markets).
  const recordedMarketData = withSnapshotRecording(withMarketCaching(marketData, { store, logger }), {
    store,
    clock,
    logger,
  });

  const intelligence = createIntelligenceServices({
    store,
    clock,
    ids,
    logger: logger.child('intelligence'),
    clients,
    settings,
    news: { gdelt: new GdeltClient(), rss: new RssClient() },
  });
  const exchanges = createExchangeProviders({
    store,
    marketData: recordedMarketData,
    clock,
    live: createLiveExchangeFactory({ vault }),
  });
  const sends = createSendClock();
  // Every live order first checks that the wallet the doctor approved is the one that signs.
  const approvedExchangeFor = withApprovedSigner(exchanges.exchangeFor, {
    store,
    signer: async () => (await unlockedAccount(vault)).address,
    drop: liveDrop.drop,
  });
  const trading = createTradingServices({
    store,
    marketData: recordedMarketData,
    clock,
    ids,
    logger,
    settings,
    exchangeFor: sends.wrap(approvedExchangeFor),
    resetPaper: exchanges.resetPaper,
  });

  const realtime = createRealtimeMonitor({
    store,
    marketData,
    engine: trading.engine,
    settings,
    clock,
    logger,
    sends,
    onSocketStatus: wsEventsRecorder(store.metricEvents, clock, (error) =>
      logger.warn('Websocket event not recorded', { error: String(error) }),
    ),
    openStream: (handlers, current) =>
      new MarketWs({ url: current.endpoints.clobWsUrl, WebSocket, handlers, reconnectMaxDelayMs: 20_000 }),
  });
  /** After passes and trading actions: notifications and badge, then the socket follows the positions. */
  const afterActivity = async () => {
    await observability.followUp();
    await realtime
      .sync()
      .catch((error: unknown) => logger.warn('Realtime sync failed', { error: String(error) }));
  };
  const followedBy = (body: PassBody) => passFollowedBy(afterActivity, body);

  const scheduler = createPassScheduler({
    alarms: createAlarmScheduler(),
    lock: createPassLock(),
    clock,
    ids,
    log: store.passLog,
    settings,
    bodies: {
      scan: followedBy(
        scanThenAutoEnter(intelligence.scanPass, { store, engine: trading.engine, settings, logger }),
      ),
      whales: followedBy(intelligence.whalePass),
      monitor: followedBy(trading.monitorPass),
    },
  });
  // Complete by type: a message of the protocol without a handler here does not compile.
  const handlers: HandlerMap = {
    ...createMessageHandlers({
      store,
      scheduler,
      clock,
      version: browser.runtime.getManifest().version,
      afterSettingsChange: async (before, after) => {
        if (before.wallet.autoLockMinutes !== after.wallet.autoLockMinutes) await vault.rearm();
        await liveDrop.afterSettingsChange(before, after);
      },
    }),
    ...liveDrop.wrapWalletHandlers(createWalletHandlers(vault)),
    ...createDiagnosticsHandlers({ settings, clients, clock }),
    ...liveDrop.wrapSetLive(
      createDoctorHandlers({ sources: createDoctorSources({ vault }), store, settings, clock }),
    ),
    ...createNotifyHandlers({
      store,
      notifier: observability.notifier,
      telegramToken: observability.telegramToken,
      clock,
      healthSources: healthMetricSources(store),
      bucketsFor: (api, endpoint) => bucketsFor(api as PolymarketApi, endpoint),
    }),
    ...createWhaleHandlers(store),
    ...createOverlayHandlers({
      store,
      openPage: async (path) => {
        await browser.tabs.create({ url: browser.runtime.getURL(path as '/dashboard.html') });
      },
    }),
    ...handlersFollowedBy(afterActivity, ordersTouchVault(vault, trading.handlers)),
    ...createResearchHandlers({
      sources: {
        store,
        markets: (ids) => marketData.markets(ids),
        pricesHistory: (query) => clients(endpoints).clob.getPricesHistory(query),
      },
      clock,
    }),
    'realtime.status': async () => ({ ...realtime.status(), recent: realtime.reactions().slice(-20) }),
  };
  const router = createRouter(handlers, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

  return {
    store,
    scheduler,
    vault,
    router,
    logger,
    realtime,
    /** Every alarm of the extension: the periodic passes and the vault's auto-lock. */
    async onAlarm(name: string): Promise<void> {
      if (name === AUTO_LOCK_ALARM) {
        await vault.checkAutoLock(clock.now());
        return;
      }
      await scheduler.onAlarm(name);
    },
    /** On every worker start: session restored, orders reconciled, alarms matched to the settings. */
    async start(): Promise<void> {
      // First: no content script may read, replace or delete what the storage areas hold.
      const storage = await restrictStorageToTrustedContexts();
      if (storage.local !== 'restricted')
        logger.warn('storage.local not restricted', { outcome: storage.local });
      await vault.restoreFromSession();
      await trading.reconcile().catch((error: unknown) => logger.error('Reconcile at start failed', error));
      await scheduler.sync(await settings());
      await observability.followUp();
      await realtime.start();
    },
  };
}
