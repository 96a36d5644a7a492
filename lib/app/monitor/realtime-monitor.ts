import { DEFAULT_VENUE, VENUE_IDS, type VenueId, venueOfKey } from '../../core/model/venue';
import { currentMarkets } from '../market-data/market-facts';
import type { MarketWsStatus, WsMarketResolved } from '../ports/market-stream-port';
import { type Arrival, evaluatePosition } from './realtime/evaluate-position';
import { EvaluationQueue } from './realtime/evaluation-queue';
import type { StreamSources } from './realtime/market-stream';
import { type Reaction, ReactionLog } from './realtime/reaction-log';
import { REALTIME_REACTIONS_KEY } from './realtime/reactions-state';
import { combinedState, type RealtimeStatus, type VenueRealtimeStatus } from './realtime/realtime-status';
import type { SendClock } from './realtime/send-clock';
import { type SettleResolvedDeps, settleResolved } from './realtime/settle-resolved';
import { VenueFeed } from './realtime/venue-feed';
import { WatchList } from './realtime/watch-list';

/** The store, market data, engine, settings, clock and logger (as settling a resolution needs), and: */
export interface RealtimeMonitorDeps extends SettleResolvedDeps {
  /** Each venue's market socket, when it has one (lib/app/venues/venue-streams.ts). */
  streams: StreamSources;
  /** The wrapper around the trading services' exchange provider, to time "event → order sent". */
  sends?: SendClock;
  /** Also told the default venue's socket statuses (e.g. wsEventsRecorder for the metricEvents table). */
  onSocketStatus?: (status: MarketWsStatus) => void;
  monotonic?: () => number;
  /** Re-sync with the open positions on this cadence while started (default 15 s). */
  syncEveryMs?: number;
  /** Retry a failed REST check after (default 5 s). */
  checkRetryMs?: number;
  /** Reactions kept in memory and in runtime state (default 200). */
  keepReactions?: number;
}

export interface RealtimeMonitor {
  /** Begin watching: syncs at once and then every `syncEveryMs`. */
  start(): Promise<void>;
  /** Close the socket and stop the timer. */
  stop(): Promise<void>;
  /** Match the subscription to the open positions (call after any position change). */
  sync(): Promise<void>;
  status(): RealtimeStatus;
  /** The last reactions, oldest first (also in runtime state under REALTIME_REACTIONS_KEY). */
  reactions(): Reaction[];
}

/**
 * The real-time monitor (strategy.md Monitor, "at once on a websocket price update"). One market
 * socket per venue that has one (venue-feed.ts), each subscribed to exactly that venue's open
 * positions' tokens and opened only while it has some; a venue without a socket (or whose socket
 * cannot come up: no key, handshake refused) is watched by the alarm pass alone, and says so in
 * `status().venues`; books kept from `book` snapshots and
 * `price_change` deltas; on each price event the alarm pass's pure decidePosition runs on the
 * affected position, and liquidations/closes go through engine.decideAndApply (market lock, fresh
 * row: the alarm pass and the socket never act twice). After every (re)connect the socket's books
 * are checked against one batched REST read before any decision is taken from them. The 30 s alarm
 * pass stays scheduled regardless and alone acts while the socket is down or verifying.
 *
 * Runs in the service worker; no offscreen document is needed. Measured in Chromium 156 (headless,
 * unpacked MV3 probe, no debugger attached: tests/probes/sw-websocket-keepalive/run.mjs): a worker
 * whose socket sends PING every 10 s stayed the same instance for 75 s with no other event (with or
 * without the server's PONG), and was terminated 30.0–30.1 s after its socket went quiet. So the socket itself keeps the worker alive while positions are open
 * (MarketWs pings every ≤ 10 s), and closing it when none is open lets the worker sleep. Keep the
 * reconnect backoff under ~25 s (reconnectMaxDelayMs) or a long outage lets the worker die; then
 * the next 30 s monitor alarm wakes it, the pass runs, and `start()`/`sync()` reopen the socket.
 */
export function createRealtimeMonitor(deps: RealtimeMonitorDeps): RealtimeMonitor {
  const monotonic = deps.monotonic ?? (() => performance.now());
  const logger = deps.logger.child('realtime');
  const log = new ReactionLog(deps.keepReactions ?? 200);
  const watch = new WatchList();
  const feeds = new Map<VenueId, VenueFeed>();
  /** Venues with open positions but no socket here: the monitor pass alone watches them. */
  let restOnlyVenues: VenueId[] = [];
  let restEverySeconds = 30;
  let events = 0;
  let lastMessageAt: number | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let started = false;
  let stopped = false;

  const arrival = (): Arrival => ({ mono: monotonic(), wall: deps.clock.now() });
  const feedOf = (tokenId: string) => feeds.get(venueOfKey(tokenId));

  const record = (reaction: Reaction) => {
    log.add(reaction);
    deps.store.runtime
      .set(REALTIME_REACTIONS_KEY, log.list())
      .catch((e: unknown) => logger.warn('reactions not saved', { message: String(e) }));
    if (reaction.outcome === 'acted') void monitor.sync();
  };

  const queue = new EvaluationQueue(
    async (positionId, at) => {
      const w = watch.get(positionId);
      const market = w && watch.market(w.marketId);
      const feed = w && feedOf(w.yesTokenId);
      if (!w || !market || !feed?.live) return;
      const reactions = await evaluatePosition({ ...deps, logger, monotonic }, w, market, feed.books, at);
      for (const reaction of reactions) record(reaction);
    },
    (positionId, error) => logger.error('realtime evaluation failed', error, { positionId }),
  );

  const moved = (tokenId: string, at = arrival()) => {
    const positionId = watch.positionOf(tokenId);
    if (positionId !== undefined) queue.schedule(positionId, at);
  };

  const onMarketResolved = (e: WsMarketResolved) => {
    const ids = new Set([...e.tokenIds, e.winningTokenId].map((t) => watch.positionOf(t)));
    for (const positionId of ids) {
      const w = positionId === undefined ? undefined : watch.get(positionId);
      if (!w) continue;
      settleResolved(deps, w)
        .then((settled) => (settled ? monitor.sync() : undefined))
        .catch((error: unknown) => logger.warn('resolution not settled', { message: String(error) }));
    }
  };

  const feedFor = (venue: VenueId): VenueFeed | null => {
    const existing = feeds.get(venue);
    if (existing) return existing;
    const source = deps.streams(venue);
    if (!source) return null;
    const feed = new VenueFeed({
      venue,
      source,
      marketData: deps.marketData,
      clock: deps.clock,
      logger: logger.child(venue),
      checkRetryMs: deps.checkRetryMs ?? 5_000,
      watches: (t) => watch.watches(t),
      moved: (t) => moved(t),
      received: () => {
        events += 1;
        lastMessageAt = deps.clock.now();
      },
      onLive: (v) => {
        const now = arrival(); // catch up on whatever moved while this socket was down
        for (const w of watch.all()) if (venueOfKey(w.yesTokenId) === v) moved(w.yesTokenId, now);
      },
      onStatus: (v: VenueId, status: MarketWsStatus) => {
        if (v === DEFAULT_VENUE) deps.onSocketStatus?.(status);
      },
      extra: { onMarketResolved },
      running: () => started,
    });
    feeds.set(venue, feed);
    return feed;
  };

  const doSync = async () => {
    if (!started) return;
    const settings = await deps.settings();
    restEverySeconds = settings.passes.monitorSeconds;
    watch.set(await deps.store.positions.listOpen());
    const byVenue = new Map<VenueId, string[]>();
    for (const t of watch.tokens()) byVenue.set(venueOfKey(t), [...(byVenue.get(venueOfKey(t)) ?? []), t]);
    // A venue with nothing to watch closes its socket (the worker may sleep when none is open).
    for (const [venue, feed] of feeds) if (!byVenue.has(venue)) await feed.close();
    restOnlyVenues = [...byVenue.keys()].filter((v) => !feedFor(v));
    if (watch.size === 0) return;
    await currentMarkets(deps, watch.marketIds())
      .then(({ markets }) => watch.setMarkets(markets))
      .catch((e: unknown) => logger.warn('markets not refreshed', { message: String(e) }));
    for (const [venue, tokens] of byVenue) await feeds.get(venue)?.sync(tokens, settings);
  };

  const venueStatuses = (): VenueRealtimeStatus[] => {
    const order = (v: VenueId) => VENUE_IDS.indexOf(v);
    const withSocket = [...feeds.values()].map((f) => f.status()).filter((s) => s.state !== 'idle');
    const restOnly = restOnlyVenues.map(
      (venue): VenueRealtimeStatus => ({
        venue,
        state: 'down',
        restOnly: 'no_stream',
        subscribedTokens: 0,
        reconnects: 0,
        connectedSince: null,
      }),
    );
    return [...withSocket, ...restOnly].sort((a, b) => order(a.venue) - order(b.venue));
  };

  const monitor: RealtimeMonitor = {
    async start() {
      started = true;
      stopped = false;
      timer ??= setInterval(() => void monitor.sync(), deps.syncEveryMs ?? 15_000);
      await monitor.sync();
    },
    async stop() {
      started = false;
      if (timer) clearInterval(timer);
      timer = null;
      await syncing;
      for (const feed of feeds.values()) {
        await feed.close();
        feed.session.state = 'stopped';
      }
      stopped = true;
    },
    sync() {
      syncing = syncing
        .then(doSync)
        .catch((e: unknown) => logger.warn('realtime sync failed', { message: String(e) }));
      return syncing;
    },
    status: () => {
      const now = deps.clock.now();
      const all = [...feeds.values()];
      const sessions = all.map((f) => f.session);
      const state = stopped ? 'stopped' : combinedState(sessions.map((s) => s.state));
      const sinces = sessions.flatMap((s) => (s.uptime.since === null ? [] : [s.uptime.since]));
      const ratios = sessions.flatMap((s) => {
        const r = s.uptime.uptimeRatio(now);
        return r === null ? [] : [r];
      });
      const main = feeds.get(DEFAULT_VENUE)?.session ?? sessions[0];
      return {
        state,
        connected: state === 'verifying' || state === 'live',
        reconnects: sessions.reduce((n, s) => n + s.reconnects, 0),
        lastMessageAt,
        events,
        connectedSince: sinces.length > 0 ? Math.min(...sinces) : null,
        connectedMs: Math.max(0, ...sessions.map((s) => s.uptime.connectedMs(now))),
        uptimeRatio: ratios.length > 0 ? Math.min(...ratios) : null,
        subscribedTokens: all.flatMap((f) => f.subscriptions),
        snapshotChecks: sessions.reduce((n, s) => n + s.checks, 0),
        snapshotMismatches: sessions.reduce((n, s) => n + s.mismatches, 0),
        lastCheck: main?.lastCheck ?? null,
        reactions: log.summary(),
        venues: venueStatuses(),
        restEverySeconds,
      };
    },
    reactions: () => log.list(),
  };
  return monitor;
}
