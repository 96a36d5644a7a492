import type { MarketWsStatus } from '../adapters/polymarket/market-ws';
import type {
  WsBook,
  WsLastTrade,
  WsPriceChange,
  WsTickSizeChange,
} from '../adapters/polymarket/schemas/market-ws-messages';
import type { Store } from '../adapters/storage/store';
import type { Market } from '../core/model/market';
import type { Logger } from '../log/logger';
import type { Clock } from '../ports';
import type { Settings } from '../settings/schema';
import type { MarketData } from './exchange-port';
import { ConnectionClock } from './realtime/connection-clock';
import { type Arrival, evaluatePosition, type Watched } from './realtime/evaluate-position';
import { LocalBooks } from './realtime/local-books';
import type { MarketStream, OpenMarketStream } from './realtime/market-stream';
import { ReactionLog } from './realtime/reaction-log';
import { REALTIME_REACTIONS_KEY } from './realtime/reactions-state';
import type { RealtimeState, RealtimeStatus } from './realtime/realtime-status';
import type { SendClock } from './realtime/send-clock';
import { checkAgainstRest, type SnapshotCheck } from './realtime/snapshot-check';
import type { TradingEngine } from './trading-engine';

export interface RealtimeMonitorDeps {
  store: Store;
  marketData: MarketData;
  engine: TradingEngine;
  settings: () => Promise<Settings>;
  clock: Clock;
  logger: Logger;
  /** Builds the market socket: `(handlers) => new MarketWs({ url, WebSocket, handlers })`. */
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
  /** Markets (fee rate, closed) are re-read when older than this (default 60 s). */
  marketMaxAgeMs?: number;
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
  reactions(): ReturnType<ReactionLog['list']>;
}

/**
 * The real-time monitor (strategy.md Monitor, "at once on a websocket price update"). It keeps ONE
 * market socket subscribed to exactly the open positions' tokens, maintains their books from
 * `book` snapshots and `price_change` deltas, and on each price event runs the alarm pass's pure
 * decidePosition on the affected position; liquidations and closes go through the engine's
 * decideAndApply (market lock, fresh row), so the alarm pass and the socket never act twice.
 * After every (re)connect the socket's books are checked against one batched REST read before a
 * single decision is taken from them. The 30 s alarm pass stays scheduled regardless: while the
 * socket is down, verifying, or missing a book, it alone acts.
 *
 * Runs in the service worker, no offscreen document: the socket's traffic (a PING every ≤ 10 s and
 * its PONG, plus market events) keeps an MV3 worker alive (Chrome ≥ 116; toolchain.md measured 95 s
 * on one instance in Chromium 156 with 10 s server messages), and when no position is open the
 * socket is closed so the worker can sleep. If the worker is killed anyway, the next alarm wakes it,
 * the monitor pass runs, and `sync()` after it reopens the socket.
 */
export function createRealtimeMonitor(deps: RealtimeMonitorDeps): RealtimeMonitor {
  const monotonic = deps.monotonic ?? (() => performance.now());
  const logger = deps.logger.child('realtime');
  const books = new LocalBooks();
  const log = new ReactionLog(deps.keepReactions ?? 200);
  const uptime = new ConnectionClock();
  const watched = new Map<string, Watched>();
  const byToken = new Map<string, string>();
  const markets = new Map<string, { market: Market; at: number }>();
  const pending = new Map<string, Arrival>();
  const running = new Set<string>();
  let stream: MarketStream | null = null;
  let state: RealtimeState = 'idle';
  let epoch = 0;
  let wasOpen = false;
  let reconnects = 0;
  let events = 0;
  let lastMessageAt: number | null = null;
  let checks = 0;
  let mismatches = 0;
  let lastCheck: SnapshotCheck | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let started = false;

  const arrival = (): Arrival => ({ mono: monotonic(), wall: deps.clock.now() });

  const schedule = (tokenId: string, at: Arrival) => {
    const positionId = byToken.get(tokenId);
    if (positionId === undefined) return;
    if (!pending.has(positionId)) pending.set(positionId, at);
    // After the whole frame: a message may carry both tokens' changes.
    if (!running.has(positionId)) queueMicrotask(() => void run(positionId));
  };

  const run = async (positionId: string) => {
    if (running.has(positionId)) return;
    running.add(positionId);
    try {
      for (let at = pending.get(positionId); at; at = pending.get(positionId)) {
        pending.delete(positionId);
        const w = watched.get(positionId);
        const market = w && markets.get(w.marketId)?.market;
        if (state !== 'live' || !w || !market) continue;
        const reaction = await evaluatePosition({ ...deps, logger, monotonic }, w, market, books, at);
        if (reaction) record(reaction);
      }
    } catch (error) {
      logger.error('realtime evaluation failed', error, { positionId });
    } finally {
      running.delete(positionId);
    }
  };

  const record = (reaction: Parameters<ReactionLog['add']>[0]) => {
    log.add(reaction);
    deps.store.runtime
      .set(REALTIME_REACTIONS_KEY, log.list())
      .catch((e: unknown) => logger.warn('reactions not saved', { message: String(e) }));
    if (reaction.outcome === 'acted') void monitor.sync();
  };

  const checkBooks = async (tokens: readonly string[], forEpoch: number) => {
    if (tokens.length === 0) return;
    const rest = await deps.marketData.books(tokens);
    if (forEpoch !== epoch) return;
    lastCheck = checkAgainstRest(books, rest);
    checks += 1;
    mismatches += lastCheck.mismatched.length;
    if (lastCheck.mismatched.length > 0)
      logger.warn('socket books differed from REST: REST adopted', { tokens: lastCheck.mismatched.length });
  };

  const verify = async (forEpoch: number) => {
    try {
      await checkBooks(stream?.subscriptions ?? [], forEpoch);
      if (forEpoch !== epoch) return;
      state = 'live';
      const now = arrival();
      for (const w of watched.values()) schedule(w.yesTokenId, now);
    } catch (error) {
      logger.warn('REST check of the socket books failed: retrying', { message: String(error) });
      setTimeout(() => forEpoch === epoch && void verify(forEpoch), deps.checkRetryMs ?? 5_000);
    }
  };

  const onStatus = (status: MarketWsStatus) => {
    deps.onSocketStatus?.(status);
    epoch += 1;
    if (status === 'open') {
      if (wasOpen) reconnects += 1;
      wasOpen = true;
      uptime.up(deps.clock.now());
      state = 'verifying';
      void verify(epoch);
      return;
    }
    uptime.down(deps.clock.now());
    books.clear();
    if (status === 'closed') state = started ? 'idle' : 'stopped';
    else state = status === 'connecting' ? 'connecting' : 'down';
  };

  const handlers = {
    onStatus,
    onEvent: () => {
      events += 1;
      lastMessageAt = deps.clock.now();
    },
    onBook: (e: WsBook) => {
      if (!byToken.has(e.tokenId)) return;
      books.applySnapshot(e);
      schedule(e.tokenId, arrival());
    },
    onPriceChange: (e: WsPriceChange) => {
      const at = arrival();
      for (const c of e.changes) {
        if (byToken.has(c.tokenId) && books.applyChange(c.tokenId, c.side, c.price, c.size, e.timestamp))
          schedule(c.tokenId, at);
      }
    },
    onLastTrade: (e: WsLastTrade) => {
      books.setLastTrade(e.tokenId, e.price);
      schedule(e.tokenId, arrival());
    },
    onTickSizeChange: (e: WsTickSizeChange) => books.setTickSize(e.tokenId, e.newTickSize),
  };

  const refreshMarkets = async (ids: readonly string[]) => {
    const maxAge = deps.marketMaxAgeMs ?? 60_000;
    const now = deps.clock.now();
    const stale = ids.filter((id) => now - (markets.get(id)?.at ?? Number.NEGATIVE_INFINITY) > maxAge);
    if (stale.length === 0) return;
    for (const [id, market] of await deps.marketData.markets(stale)) markets.set(id, { market, at: now });
  };

  const doSync = async () => {
    if (!started) return;
    const open = (await deps.store.positions.listOpen()).filter((p) => p.status !== 'opening');
    watched.clear();
    byToken.clear();
    for (const p of open) {
      watched.set(p.id, {
        positionId: p.id,
        marketId: p.marketId,
        yesTokenId: p.yesTokenId,
        noTokenId: p.noTokenId,
      });
      byToken.set(p.yesTokenId, p.id).set(p.noTokenId, p.id);
    }
    const now = deps.clock.now();
    if (byToken.size === 0) {
      const closing = stream;
      stream = null;
      await closing?.close();
      books.clear();
      uptime.idle(now);
      state = 'idle';
      return;
    }
    uptime.watching(now);
    await refreshMarkets([...new Set(open.map((p) => p.marketId))]).catch((e: unknown) =>
      logger.warn('markets not refreshed', { message: String(e) }),
    );
    const tokens = [...byToken.keys()];
    if (!stream) {
      stream = deps.openStream(handlers);
      stream.subscribe(tokens);
      stream.connect();
      return;
    }
    const gone = stream.subscriptions.filter((t) => !byToken.has(t));
    stream.unsubscribe(gone);
    for (const t of gone) books.drop(t);
    stream.subscribe(tokens);
    // New tokens (and any whose REST facts are missing) are seeded from REST before they count.
    const unseeded = tokens.filter((t) => !books.book(t));
    if (state === 'live') await checkBooks(unseeded, epoch);
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
      const closing = stream;
      stream = null;
      await closing?.close();
      uptime.idle(deps.clock.now());
      state = 'stopped';
    },
    sync() {
      syncing = syncing
        .then(doSync)
        .catch((e: unknown) => logger.warn('realtime sync failed', { message: String(e) }));
      return syncing;
    },
    status() {
      const now = deps.clock.now();
      return {
        state,
        connected: state === 'verifying' || state === 'live',
        reconnects,
        lastMessageAt,
        events,
        connectedSince: uptime.since,
        connectedMs: uptime.connectedMs(now),
        uptimeRatio: uptime.uptimeRatio(now),
        subscribedTokens: stream?.subscriptions ?? [],
        snapshotChecks: checks,
        snapshotMismatches: mismatches,
        lastCheck,
        reactions: log.summary(),
      };
    },
    reactions: () => log.list(),
  };
  return monitor;
}
