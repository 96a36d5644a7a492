import { createExchangeProviders } from '../../lib/adapters/exchange/exchange-provider';
import { wsEventsRecorder } from '../../lib/adapters/storage/ws-events-recorder';
import { AUTO_LOCK_ALARM } from '../../lib/adapters/vault/alarm-scheduler';
import { createCrossVenueService } from '../../lib/app/cross-venue/cross-venue-service';
import { scanThenCompare } from '../../lib/app/cross-venue/scan-then-compare';
import { ChainIntentJournal } from '../../lib/app/ctf/chain-intent-journal';
import { createIntelligenceServices } from '../../lib/app/intelligence/intelligence-services';
import { createLiveModeDrop } from '../../lib/app/live-mode/live-mode-drop';
import { withApprovedSigner } from '../../lib/app/live-mode/live-signer-check';
import { withMarketCaching } from '../../lib/app/market-data/caching-market-data';
import { createSendClock } from '../../lib/app/monitor/realtime/send-clock';
import { createRealtimeMonitor } from '../../lib/app/monitor/realtime-monitor';
import { passFollowedBy } from '../../lib/app/passes/followed-by';
import { createPassScheduler } from '../../lib/app/passes/pass-scheduler';
import type { PassBody } from '../../lib/app/passes/run-pass';
import type { CtfProvider } from '../../lib/app/ports/ctf-port';
import { withSnapshotRecording } from '../../lib/app/research/recording-market-data';
import { scanThenAutoEnter } from '../../lib/app/trading/auto-entry';
import { createTradingServices } from '../../lib/app/trading/trading-services';
import { liveExchangeByVenue } from '../../lib/app/venues/exchange-by-venue';
import { venueMarketData } from '../../lib/app/venues/venue-market-data';
import { venueStreams } from '../../lib/app/venues/venue-streams';
import { createRouter } from '../../lib/messaging/router';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import type { BackgroundPlatform } from './background-platform';
import { composeHandlers } from './compose-handlers';
import { composeVenues } from './compose-venues';

export type { BackgroundPlatform };

/** Build every long-lived object of the service worker from the platform. Composition only: no business rules here. */
export function composeBackground(platform: BackgroundPlatform) {
  const { store, clock, ids, observability, vault, tuning } = platform;
  const { logger } = observability;
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
  const clients = () => platform.clients(endpoints);
  // The clients of the endpoints in the settings as they are now, read on every use: a request right
  // after the endpoints change goes to the new ones (the provider rebuilds them, one rate budget kept).
  const currentClients = async () => platform.clients((await settings()).endpoints);
  const venues = composeVenues({
    polymarketClients: clients,
    polymarketCurrentClients: currentClients,
    polymarketStream: platform.openStream,
    ...(platform.live.exchange ? { polymarketLive: platform.live.exchange } : {}),
    kalshi: {
      settings,
      now: () => clock.now(),
      ...(platform.live.kalshiExchange ? { live: platform.live.kalshiExchange } : {}),
      ...(platform.live.kalshiKeys ? { keys: platform.live.kalshiKeys } : {}),
      ...(platform.kalshiStream ? { stream: platform.kalshiStream } : {}),
    },
  });
  // Each market and token id is read from the venue its key names (a bare key is Polymarket's).
  const marketData = venueMarketData(venues);
  // The books the bot trades on are recorded, so a session can be replayed by the backtester.
  // Markets it reads are cached too, so the pages can name them (overlay entries, watched markets).
  const recordedMarketData = withSnapshotRecording(withMarketCaching(marketData, { store, logger }), {
    store,
    clock,
    logger,
    ...(tuning?.snapshotLimits ? { limits: tuning.snapshotLimits } : {}),
  });

  const intelligence = createIntelligenceServices({
    store,
    clock,
    ids,
    logger: logger.child('intelligence'),
    venues,
    settings,
    news: platform.news,
  });
  // On-chain split / merge / redeem: paper on the paper wallet, live journalled in chainIntents.
  const chainIntents = new ChainIntentJournal(store);
  const liveCtf = platform.live.ctf;
  const exchanges = createExchangeProviders({
    store,
    marketData: recordedMarketData,
    clock,
    ...(platform.live.exchange ? { live: liveExchangeByVenue(venues) } : {}),
    ...(liveCtf ? { liveCtf: (current: Settings) => liveCtf(current, chainIntents) } : {}),
  });
  const ctfProvider: CtfProvider = platform.ctf ?? exchanges.ctfFor;
  /** After a restart: settle the journalled on-chain operations (never a second transaction). */
  const reconcileCtf = async () => {
    const current = await settings();
    if (current.mode !== 'live' || !liveCtf || (await chainIntents.open()).length === 0) return [];
    return (await ctfProvider('live', current)).reconcile();
  };
  const sends = createSendClock();
  // Every live order first checks that the wallet the doctor approved is the one that signs.
  const signer = platform.live.signer;
  const approvedExchangeFor = signer
    ? withApprovedSigner(exchanges.exchangeFor, { store, signer, drop: liveDrop.drop })
    : exchanges.exchangeFor;
  const trading = createTradingServices({
    store,
    marketData: recordedMarketData,
    clock,
    ids,
    logger,
    settings,
    exchangeFor: sends.wrap(approvedExchangeFor),
    ctfFor: ctfProvider,
    resetPaper: exchanges.resetPaper,
    ...(tuning?.tradingHooks ? { hooks: tuning.tradingHooks } : {}),
  });

  const realtime = createRealtimeMonitor({
    store,
    marketData,
    engine: trading.engine,
    settings,
    clock,
    logger,
    sends,
    onSocketStatus:
      platform.onSocketStatus ??
      wsEventsRecorder(store.metricEvents, clock, (error) =>
        logger.warn('Websocket event not recorded', { error: String(error) }),
      ),
    // Every venue's socket, each opened while that venue has positions (a venue without one: alarm pass).
    streams: venueStreams(venues),
    ...tuning?.realtime,
  });
  /** After passes and trading actions: notifications and badge, then the socket follows the positions. */
  const afterActivity = async () => {
    await observability.followUp();
    await realtime
      .sync()
      .catch((error: unknown) => logger.warn('Realtime sync failed', { error: String(error) }));
  };
  const followedBy = (body: PassBody) => passFollowedBy(afterActivity, body);

  // The same bet on Polymarket and Kalshi, matched after each scan (issue 20 §4).
  const crossVenue = createCrossVenueService({ store, venues, settings, clock, logger: logger.child('xv') });
  const scanPass = scanThenCompare(intelligence.scanPass, crossVenue);
  const scheduler = createPassScheduler({
    alarms: platform.alarms,
    lock: platform.lock,
    clock,
    ids,
    log: store.passLog,
    settings,
    bodies: {
      scan: followedBy(scanThenAutoEnter(scanPass, { store, engine: trading.engine, settings, logger })),
      whales: followedBy(intelligence.whalePass),
      monitor: followedBy(trading.monitorPass),
    },
  });
  const handlers = composeHandlers({
    platform,
    settings,
    marketData,
    venues,
    liveDrop,
    trading,
    realtime,
    scheduler,
    crossVenue,
    afterActivity,
  });
  const router = createRouter(handlers, { id: platform.extension.id, origin: platform.extension.origin });

  return {
    store,
    /** The venues composed (venue-port.ts), by id. */
    venues,
    /** The exchange's reads as they come (the real-time monitor's REST checks). */
    marketData,
    /** The trading engine's reads: markets cached, books recorded as snapshots. */
    recordedMarketData,
    trading,
    intelligence,
    crossVenue,
    realtime,
    /** Times "event → order sent" around the trading services' exchange provider. */
    sends,
    scheduler,
    vault,
    ctfProvider,
    reconcileCtf,
    handlers,
    router,
    logger,
    settings,
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
      const storage = await platform.extension.restrictStorage();
      if (storage.local !== 'restricted')
        logger.warn('storage.local not restricted', { outcome: storage.local });
      await vault.restoreFromSession();
      await trading.reconcile().catch((error: unknown) => logger.error('Reconcile at start failed', error));
      await reconcileCtf()
        .then(
          (settled) =>
            settled.length > 0 && logger.info('On-chain operations reconciled', { count: settled.length }),
        )
        .catch((error: unknown) =>
          logger.warn('On-chain reconcile at start failed', { error: String(error) }),
        );
      await scheduler.sync(await settings());
      await observability.followUp();
      await realtime.start();
    },
  };
}

export type Background = ReturnType<typeof composeBackground>;
