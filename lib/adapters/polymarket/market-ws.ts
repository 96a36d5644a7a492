import type { MarketWsStatus } from '../../app/ports/market-stream-port';
import { backoffDelay } from './http/backoff';
import type {
  MarketWsEvent,
  WsBestBidAsk,
  WsBook,
  WsLastTrade,
  WsMarketResolved,
  WsNewMarket,
  WsPriceChange,
  WsTickSizeChange,
} from './schemas/market-ws-messages';
import { parseMarketWsFrame } from './schemas/parse-market-ws-frame';
import { type WebSocketCtor, type WebSocketLike, WS_OPEN } from './web-socket-like';

export type { MarketWsStatus };

export interface MarketWsHandlers {
  onBook?: (event: WsBook) => void;
  onPriceChange?: (event: WsPriceChange) => void;
  onLastTrade?: (event: WsLastTrade) => void;
  onTickSizeChange?: (event: WsTickSizeChange) => void;
  onBestBidAsk?: (event: WsBestBidAsk) => void;
  onMarketResolved?: (event: WsMarketResolved) => void;
  onNewMarket?: (event: WsNewMarket) => void;
  /** Every event, after its specific handler. */
  onEvent?: (event: MarketWsEvent) => void;
  /** A message that could not be trusted; `count` is the running total. */
  onMalformed?: (reason: string, count: number) => void;
  onStatus?: (status: MarketWsStatus) => void;
}

export interface MarketWsOptions {
  /** The market channel URL (a setting, e.g. wss://…/ws/market). */
  url: string;
  /** The global WebSocket in the extension; the `ws` package in Node. */
  WebSocket: WebSocketCtor;
  handlers?: MarketWsHandlers;
  /** Text `PING` cadence; capped at 10 s (Polymarket drops quiet sockets). */
  pingIntervalMs?: number;
  reconnectBaseDelayMs?: number;
  reconnectMaxDelayMs?: number;
  random?: () => number;
}

/**
 * Market-channel websocket: subscriptions by token id that survive reconnects, keepalive PINGs,
 * exponential-backoff reconnects, typed callbacks. A bad message is counted, never thrown.
 */
export class MarketWs {
  private socket: WebSocketLike | null = null;
  private readonly assets = new Set<string>();
  private initialSent = false;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;
  private malformed = 0;
  private state: MarketWsStatus = 'idle';

  constructor(private readonly options: MarketWsOptions) {}

  get status(): MarketWsStatus {
    return this.state;
  }

  get malformedCount(): number {
    return this.malformed;
  }

  get subscriptions(): string[] {
    return [...this.assets];
  }

  connect(): void {
    this.stopped = false;
    if (this.socket) return;
    this.open();
  }

  subscribe(tokenIds: readonly string[]): void {
    const added = tokenIds.filter((t) => !this.assets.has(t));
    for (const t of added) this.assets.add(t);
    if (added.length === 0 || !this.isOpen()) return;
    if (!this.initialSent) this.sendInitial();
    else this.send({ operation: 'subscribe', assets_ids: added });
  }

  unsubscribe(tokenIds: readonly string[]): void {
    const removed = tokenIds.filter((t) => this.assets.delete(t));
    if (removed.length > 0 && this.isOpen() && this.initialSent)
      this.send({ operation: 'unsubscribe', assets_ids: removed });
  }

  /** Stop for good: no reconnect; resolves once the socket has closed. */
  close(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    this.setStatus('closed');
    if (!socket || socket.readyState === 3) return Promise.resolve();
    return new Promise((resolve) => {
      socket.addEventListener('close', () => resolve());
      socket.close(1000, 'client closing');
    });
  }

  private open(): void {
    this.setStatus(this.failures > 0 ? 'reconnecting' : 'connecting');
    const socket = new this.options.WebSocket(this.options.url);
    this.socket = socket;
    this.initialSent = false;
    socket.addEventListener('open', () => {
      if (socket !== this.socket) return;
      this.failures = 0;
      this.setStatus('open');
      if (this.assets.size > 0) this.sendInitial();
      const every = Math.min(this.options.pingIntervalMs ?? 10_000, 10_000);
      this.pingTimer = setInterval(() => this.isOpen() && this.socket?.send('PING'), every);
    });
    socket.addEventListener('message', (event) => {
      if (socket === this.socket) this.onMessage(event.data);
    });
    socket.addEventListener('error', () => undefined); // a 'close' always follows
    socket.addEventListener('close', () => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.clearTimers();
      if (!this.stopped) this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    this.failures++;
    this.setStatus('reconnecting');
    const base = this.options.reconnectBaseDelayMs ?? 500;
    const delay = Math.max(
      base / 2,
      backoffDelay(
        this.failures,
        { baseDelayMs: base, maxDelayMs: this.options.reconnectMaxDelayMs ?? 30_000 },
        this.options.random ?? Math.random,
      ),
    );
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.stopped) this.open();
    }, delay);
  }

  private onMessage(data: unknown): void {
    const frame = parseMarketWsFrame(data);
    const h = this.options.handlers ?? {};
    for (const reason of frame.malformed) {
      this.malformed++;
      h.onMalformed?.(reason, this.malformed);
    }
    for (const event of frame.events) {
      try {
        this.dispatch(event, h);
      } catch (e) {
        this.malformed++;
        h.onMalformed?.(`handler failed: ${e instanceof Error ? e.message : String(e)}`, this.malformed);
      }
    }
  }

  private dispatch(event: MarketWsEvent, h: MarketWsHandlers): void {
    if (event.type === 'book') h.onBook?.(event);
    else if (event.type === 'price_change') h.onPriceChange?.(event);
    else if (event.type === 'last_trade_price') h.onLastTrade?.(event);
    else if (event.type === 'tick_size_change') h.onTickSizeChange?.(event);
    else if (event.type === 'best_bid_ask') h.onBestBidAsk?.(event);
    else if (event.type === 'market_resolved') h.onMarketResolved?.(event);
    else h.onNewMarket?.(event);
    h.onEvent?.(event);
  }

  private sendInitial(): void {
    this.send({ assets_ids: [...this.assets], type: 'market', custom_feature_enabled: true });
    this.initialSent = true;
  }

  private send(message: unknown): void {
    this.socket?.send(JSON.stringify(message));
  }

  private isOpen(): boolean {
    return this.socket !== null && this.socket.readyState === WS_OPEN;
  }

  private clearTimers(): void {
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.pingTimer = null;
    this.reconnectTimer = null;
  }

  private setStatus(status: MarketWsStatus): void {
    if (status === this.state) return;
    this.state = status;
    this.options.handlers?.onStatus?.(status);
  }
}
