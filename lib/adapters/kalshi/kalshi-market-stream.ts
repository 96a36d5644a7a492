import type { MarketStream } from '../../app/monitor/realtime/market-stream';
import type { MarketWsHandlers, MarketWsStatus } from '../../app/ports/market-stream-port';
import type { StreamProblem } from '../../app/ports/venue-port';
import { kalshiOrderBook, kalshiTokenId } from '../../core/venues/kalshi/bids-only-book';
import { backoffDelay } from '../polymarket/http/backoff';
import { type WebSocketLike, WS_OPEN } from '../polymarket/web-socket-like';
import { KalshiStreamSubscriptions } from './kalshi-stream-subscriptions';
import type { KalshiAuthHeaders, KalshiSigner } from './request-signer';
import { type KalshiWsFrame, kalshiWsFrameSchema } from './schemas/ws-messages';

/**
 * Opens a socket with the signed handshake headers: Node's `ws` sets them itself; the extension
 * opens it from its offscreen document behind a one-shot header rule (kalshi-offscreen-socket.ts).
 */
export type OpenKalshiSocket = (
  url: string,
  headers: KalshiAuthHeaders,
) => WebSocketLike | Promise<WebSocketLike>;

export interface KalshiMarketStreamOptions {
  url: string;
  /** The key's signer, or how to get it now (throws while the key is missing or the wallet locked). */
  signer: KalshiSigner | (() => Promise<KalshiSigner>);
  openSocket: OpenKalshiSocket;
  handlers: MarketWsHandlers;
  /** The book's tick (the monitor re-reads the grid over REST); 1¢ by default. */
  tickSize?: (ticker: string) => number;
  now?: () => number;
  /** A `list_subscriptions` probe this often; a socket silent for 3 of them is taken for dead. */
  keepaliveMs?: number;
  reconnectBaseDelayMs?: number;
  /** Keep under ~25 s: a longer silence lets the service worker die (realtime-monitor.ts). */
  reconnectMaxDelayMs?: number;
  random?: () => number;
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/**
 * Kalshi's market channels as the realtime monitor's MarketStream (kalshi-api.md §6): one signed
 * connection, `orderbook_delta` + `ticker` per market (`use_yes_price` pinned to false: NO levels in
 * NO prices). Every snapshot and delta gives both outcomes' full books (a NO bid moves the YES asks);
 * a sequence gap asks for that market's snapshot (`update_subscription` `get_snapshot`). Kalshi pings
 * every 10 s (the browser and `ws` answer); the stream also sends `list_subscriptions` every
 * `keepaliveMs`, whose answer keeps the service worker awake and proves the socket alive. A drop or a
 * refused handshake reconnects with backoff, signing afresh, and subscribes again. `problem` says
 * why it cannot connect when the user can fix it (no key, wallet locked, handshake refused).
 */
export class KalshiMarketStream implements MarketStream {
  status: MarketWsStatus = 'idle';
  problem: StreamProblem | null = null;
  private socket: WebSocketLike | null = null;
  private attempting = false;
  private stopped = true;
  private failures = 0;
  private readonly subs = new KalshiStreamSubscriptions();
  private nextId = 1;
  private malformed = 0;
  private lastFrameAt = 0;
  private keepalive: ReturnType<typeof setInterval> | null = null;
  private reconnect: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: KalshiMarketStreamOptions) {}

  get subscriptions(): string[] {
    return this.subs.tokens();
  }

  private setStatus(status: MarketWsStatus): void {
    this.status = status;
    this.options.handlers.onStatus?.(status);
  }

  connect(): void {
    this.stopped = false;
    if (this.socket || this.attempting || this.reconnect) return;
    void this.attempt();
  }

  private async signer(): Promise<KalshiSigner> {
    const { signer } = this.options;
    return typeof signer === 'function' ? signer() : signer;
  }

  private async attempt(): Promise<void> {
    this.attempting = true;
    this.setStatus(this.failures > 0 ? 'reconnecting' : 'connecting');
    let socket: WebSocketLike;
    try {
      const signer = await this.signer().catch((error: unknown) => {
        this.problem = errorCode(error) === 'wallet_locked' ? 'wallet_locked' : 'no_key';
        throw error;
      });
      socket = await this.options.openSocket(this.options.url, await signer.headers('GET', this.options.url));
    } catch {
      this.attempting = false;
      if (!this.stopped) this.scheduleReconnect();
      return;
    }
    this.attempting = false;
    if (this.stopped) {
      socket.close(1000, 'client closing');
      return;
    }
    this.watch(socket);
  }

  private watch(socket: WebSocketLike): void {
    this.socket = socket;
    let opened = false;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      opened = true;
      this.failures = 0;
      this.problem = null;
      this.lastFrameAt = this.now();
      this.setStatus('open');
      for (const ticker of this.subs.tickers()) this.subscribeMarket(ticker);
      this.startKeepalive();
    });
    socket.addEventListener('message', (event) => {
      if (socket !== this.socket) return;
      this.lastFrameAt = this.now();
      this.receive(event.data);
    });
    socket.addEventListener('error', () => undefined); // a 'close' always follows
    socket.addEventListener('close', () => {
      if (socket !== this.socket) return;
      if (!opened) this.problem = 'refused'; // the handshake failed (Kalshi answers 401 to a bad signature)
      this.dropped();
    });
  }

  /** The socket is gone (closed, or silent too long): forget its subscriptions and come back. */
  private dropped(): void {
    this.socket = null;
    this.stopKeepalive();
    this.subs.reset();
    if (!this.stopped) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    this.failures += 1;
    this.setStatus('reconnecting');
    const base = this.options.reconnectBaseDelayMs ?? 1_000;
    const delay = Math.max(
      base / 2,
      backoffDelay(
        this.failures,
        { baseDelayMs: base, maxDelayMs: this.options.reconnectMaxDelayMs ?? 20_000 },
        this.options.random ?? Math.random,
      ),
    );
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      if (!this.stopped) void this.attempt();
    }, delay);
  }

  private startKeepalive(): void {
    const every = this.options.keepaliveMs ?? 10_000;
    this.keepalive = setInterval(() => {
      const socket = this.socket;
      if (!socket) return;
      if (this.now() - this.lastFrameAt > 3 * every) {
        socket.close(4000, 'silent');
        this.dropped();
        return;
      }
      this.send({ id: this.nextId++, cmd: 'list_subscriptions' });
    }, every);
  }

  private stopKeepalive(): void {
    if (this.keepalive) clearInterval(this.keepalive);
    this.keepalive = null;
  }

  private send(command: Record<string, unknown>): number | null {
    if (!this.socket || this.socket.readyState !== WS_OPEN) return null;
    this.socket.send(JSON.stringify(command));
    return typeof command.id === 'number' ? command.id : null;
  }

  private subscribeMarket(ticker: string): void {
    const id = this.nextId++;
    const params = {
      channels: ['orderbook_delta', 'ticker'],
      market_tickers: [ticker],
      use_yes_price: false,
    };
    if (this.send({ id, cmd: 'subscribe', params }) !== null) this.subs.sent(id, ticker);
  }

  subscribe(tokenIds: readonly string[]): void {
    for (const ticker of this.subs.add(tokenIds)) this.subscribeMarket(ticker);
  }

  unsubscribe(tokenIds: readonly string[]): void {
    const sids = this.subs.remove(tokenIds);
    if (sids.length > 0) this.send({ id: this.nextId++, cmd: 'unsubscribe', params: { sids } });
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.stopKeepalive();
    if (this.reconnect) clearTimeout(this.reconnect);
    this.reconnect = null;
    const socket = this.socket;
    this.socket = null;
    this.subs.reset();
    socket?.close(1000, 'client closing');
    this.setStatus('closed');
  }

  private receive(data: unknown): void {
    let frame: KalshiWsFrame;
    try {
      frame = kalshiWsFrameSchema.parse(JSON.parse(String(data)));
    } catch {
      this.malformed += 1;
      this.options.handlers.onMalformed?.('a Kalshi frame we cannot read', this.malformed);
      return;
    }
    if (frame.type === 'subscribed') this.subs.subscribed(frame.id, frame.msg.sid);
    if (frame.type === 'orderbook_snapshot' || frame.type === 'orderbook_delta') this.onBookFrame(frame);
    if (frame.type === 'ticker' && frame.msg.price_dollars !== undefined) {
      const ticker = frame.msg.market_ticker;
      const price = frame.msg.price_dollars;
      this.options.handlers.onLastTrade?.({ tokenId: kalshiTokenId(ticker, 'yes'), price });
      this.options.handlers.onLastTrade?.({ tokenId: kalshiTokenId(ticker, 'no'), price: 1_000_000 - price });
    }
    this.options.handlers.onEvent?.({ type: frame.type });
  }

  private onBookFrame(frame: Extract<KalshiWsFrame, { type: 'orderbook_snapshot' | 'orderbook_delta' }>) {
    const ticker = frame.msg.market_ticker;
    const live = this.subs.lists(ticker);
    if (!live) return;
    if (!live.apply(frame)) {
      // A gap (or a delta before the snapshot): ask once for this market's snapshot on its sid.
      if (live.needsSnapshot && this.subs.askSnapshot(ticker))
        this.send({
          id: this.nextId++,
          cmd: 'update_subscription',
          params: { sid: frame.sid, action: 'get_snapshot', market_tickers: [ticker] },
        });
      return;
    }
    if (frame.type === 'orderbook_snapshot') this.subs.snapshotCame(ticker);
    const timestamp = (frame.type === 'orderbook_delta' ? frame.msg.ts_ms : undefined) ?? this.now();
    const context = {
      ticker,
      tickSize: this.options.tickSize?.(ticker) ?? 10_000,
      minOrderSize: 1_000_000,
      lastTradePrice: null,
      timestamp,
    };
    for (const outcome of ['yes', 'no'] as const) {
      const book = kalshiOrderBook(live.lists(), outcome, context);
      this.options.handlers.onBook?.({
        tokenId: book.tokenId,
        bids: book.bids,
        asks: book.asks,
        timestamp,
        hash: `${frame.sid}:${frame.seq}`,
      });
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
