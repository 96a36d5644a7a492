import { currentMarkets } from '../market-data/market-facts';
import type { MarketWsStatus, WsMarketResolved } from '../ports/market-stream-port';
import { bookFeedHandlers } from './realtime/book-feed';
import { type Arrival, evaluatePosition } from './realtime/evaluate-position';
import { EvaluationQueue } from './realtime/evaluation-queue';
import { LocalBooks } from './realtime/local-books';
import type { MarketStream, OpenMarketStream } from './realtime/market-stream';
import { type Reaction, ReactionLog } from './realtime/reaction-log';
import { REALTIME_REACTIONS_KEY } from './realtime/reactions-state';
import type { RealtimeStatus } from './realtime/realtime-status';
import type { SendClock } from './realtime/send-clock';
import { type SettleResolvedDeps, settleResolved } from './realtime/settle-resolved';
import { SocketSession } from './realtime/socket-session';
import { WatchList } from './realtime/watch-list';

/** The store, market data, engine, settings, clock and logger (as settling a resolution needs), and: */
export interface RealtimeMonitorDeps extends SettleResolvedDeps {
  /** Builds the market socket: `(handlers, s) => new MarketWs({ url: s.endpoints.clobWsUrl, WebSocket, handlers })`. */
  openStream: OpenMarketStream;
  /** The wrapper around the trading services' exchange provider, to time "event → order sent". */
  sends?: SendClock;
  /** Also told every socket status (e.g. wsEventsRecorder for the metricEvents table). */
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
 * The real-time monitor (strategy.md Monitor, "at once on a websocket price update"). ONE market
 * socket, subscribed to exactly the open positions' tokens; books kept from `book` snapshots and
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
  const books = new LocalBooks();
  const log = new ReactionLog(deps.keepReactions ?? 200);
  const watch = new WatchList();
  let stream: MarketStream | null = null;
  let streamUrl = '';
  let events = 0;
  let lastMessageAt: number | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let started = false;

  const arrival = (): Arrival => ({ mono: monotonic(), wall: deps.clock.now() });

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
      if (session.state !== 'live' || !w || !market) return;
      const reactions = await evaluatePosition({ ...deps, logger, monotonic }, w, market, books, at);
      for (const reaction of reactions) record(reaction);
    },
    (positionId, error) => logger.error('realtime evaluation failed', error, { positionId }),
  );

  const moved = (tokenId: string, at = arrival()) => {
    const positionId = watch.positionOf(tokenId);
    if (positionId !== undefined) queue.schedule(positionId, at);
  };

  const session = new SocketSession({
    books,
    marketData: deps.marketData,
    clock: deps.clock,
    logger,
    subscribed: () => stream?.subscriptions ?? [],
    onLive: () => {
      const now = arrival(); // catch up on whatever moved while the socket was down
      for (const w of watch.all()) moved(w.yesTokenId, now);
    },
    checkRetryMs: deps.checkRetryMs ?? 5_000,
  });

  const handlers = {
    ...bookFeedHandlers({
      books,
      watches: (t) => watch.watches(t),
      moved: (t) => moved(t),
      received: () => {
        events += 1;
        lastMessageAt = deps.clock.now();
      },
    }),
    onMarketResolved: (e: WsMarketResolved) => {
      const ids = new Set([...e.tokenIds, e.winningTokenId].map((t) => watch.positionOf(t)));
      for (const positionId of ids) {
        const w = positionId === undefined ? undefined : watch.get(positionId);
        if (!w) continue;
        settleResolved(deps, w)
          .then((settled) => (settled ? monitor.sync() : undefined))
          .catch((error: unknown) => logger.warn('resolution not settled', { message: String(error) }));
      }
    },
    onStatus: (status: MarketWsStatus) => {
      deps.onSocketStatus?.(status);
      session.onStatus(status, started);
    },
  };

  const closeStream = async () => {
    const closing = stream;
    stream = null;
    await closing?.close();
    books.clear();
    session.uptime.idle(deps.clock.now());
  };

  const doSync = async () => {
    if (!started) return;
    const settings = await deps.settings();
    watch.set(await deps.store.positions.listOpen());
    if (watch.size === 0) {
      await closeStream();
      session.state = 'idle';
      return;
    }
    // The socket URL setting changed: reopen on the new one.
    if (stream && streamUrl !== settings.endpoints.clobWsUrl) await closeStream();
    session.uptime.watching(deps.clock.now());
    await currentMarkets(deps, watch.marketIds())
      .then(({ markets }) => watch.setMarkets(markets))
      .catch((e: unknown) => logger.warn('markets not refreshed', { message: String(e) }));
    const tokens = watch.tokens();
    if (!stream) {
      session.newStream();
      streamUrl = settings.endpoints.clobWsUrl;
      stream = deps.openStream(handlers, settings);
      stream.subscribe(tokens);
      stream.connect();
      return;
    }
    const gone = stream.subscriptions.filter((t) => !watch.watches(t));
    stream.unsubscribe(gone);
    for (const t of gone) books.drop(t);
    stream.subscribe(tokens);
    // New tokens (and any whose REST facts are missing) are seeded from REST before they count.
    await session.seed(tokens.filter((t) => !books.book(t)));
  };

  const monitor: RealtimeMonitor = {
    async start() {
      started = true;
      timer ??= setInterval(() => void monitor.sync(), deps.syncEveryMs ?? 15_000);
      await monitor.sync();
    },
    async stop() {
      started = false;
      if (timer) clearInterval(timer);
      timer = null;
      await syncing;
      await closeStream();
      session.state = 'stopped';
    },
    sync() {
      syncing = syncing
        .then(doSync)
        .catch((e: unknown) => logger.warn('realtime sync failed', { message: String(e) }));
      return syncing;
    },
    status: () => {
      const now = deps.clock.now();
      const { state, uptime } = session;
      return {
        state,
        connected: state === 'verifying' || state === 'live',
        reconnects: session.reconnects,
        lastMessageAt,
        events,
        connectedSince: uptime.since,
        connectedMs: uptime.connectedMs(now),
        uptimeRatio: uptime.uptimeRatio(now),
        subscribedTokens: stream?.subscriptions ?? [],
        snapshotChecks: session.checks,
        snapshotMismatches: session.mismatches,
        lastCheck: session.lastCheck,
        reactions: log.summary(),
      };
    },
    reactions: () => log.list(),
  };
  return monitor;
}
