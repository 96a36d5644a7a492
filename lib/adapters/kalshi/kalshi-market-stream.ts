import type { MarketStream } from '../../app/monitor/realtime/market-stream';
import type { MarketWsHandlers, MarketWsStatus } from '../../app/ports/market-stream-port';
import { kalshiOrderBook, kalshiTokenId } from '../../core/venues/kalshi/bids-only-book';
import { type WebSocketLike, WS_OPEN } from '../polymarket/web-socket-like';
import { parseKalshiTokenId } from './kalshi-token-id';
import { LiveKalshiBidLists } from './live-bid-lists';
import type { KalshiSigner } from './request-signer';
import { type KalshiWsFrame, kalshiWsFrameSchema } from './schemas/ws-messages';

/** Opens a socket with the signed handshake headers (Node: `ws`; the browser needs a header rule). */
export type OpenKalshiSocket = (url: string, headers: Record<string, string>) => WebSocketLike;

export interface KalshiMarketStreamOptions {
  url: string;
  signer: KalshiSigner;
  openSocket: OpenKalshiSocket;
  handlers: MarketWsHandlers;
  /** The book's tick (the monitor re-reads the grid over REST); 1¢ by default. */
  tickSize?: (ticker: string) => number;
  now?: () => number;
}

/**
 * Kalshi's market channels as the realtime monitor's MarketStream (kalshi-api.md §6): one signed
 * connection, `orderbook_delta` + `ticker` for the markets of the subscribed tokens (`use_yes_price`
 * pinned to false: NO levels in NO prices). Every snapshot and delta gives both outcomes' full books
 * (a NO bid moves the YES asks), from the bids-only lists; a sequence gap asks for a new snapshot.
 * The last traded YES price is the YES token's last trade, 1 − it the NO token's. No reconnect yet:
 * the monitor falls back to its REST passes when the stream closes.
 */
export class KalshiMarketStream implements MarketStream {
  status: MarketWsStatus = 'idle';
  private socket: WebSocketLike | null = null;
  private readonly books = new Map<string, LiveKalshiBidLists>();
  private readonly tokens = new Set<string>();
  private bookSid: number | null = null;
  private nextId = 1;
  private malformed = 0;

  constructor(private readonly options: KalshiMarketStreamOptions) {}

  get subscriptions(): string[] {
    return [...this.tokens];
  }

  private setStatus(status: MarketWsStatus): void {
    this.status = status;
    this.options.handlers.onStatus?.(status);
  }

  connect(): void {
    if (this.socket) return;
    this.setStatus('connecting');
    void this.options.signer.headers('GET', this.options.url).then(
      (headers) => this.open(headers),
      () => this.setStatus('closed'),
    );
  }

  private open(headers: Record<string, string>): void {
    const socket = this.options.openSocket(this.options.url, headers);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.setStatus('open');
      this.send('subscribe', this.tickers());
    });
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return; // closed by close(), already reported
      this.socket = null;
      this.setStatus('closed');
    });
    socket.addEventListener('error', () => undefined);
  }

  private tickers(tokenIds: Iterable<string> = this.tokens): string[] {
    return [...new Set([...tokenIds].map((id) => parseKalshiTokenId(id).ticker))];
  }

  private send(kind: 'subscribe' | 'add_markets' | 'delete_markets' | 'get_snapshot', tickers: string[]) {
    if (!this.socket || this.socket.readyState !== WS_OPEN || tickers.length === 0) return;
    const id = this.nextId++;
    const command =
      kind === 'subscribe' || this.bookSid === null
        ? {
            id,
            cmd: 'subscribe',
            params: {
              channels: ['orderbook_delta', 'ticker'],
              market_tickers: tickers,
              use_yes_price: false,
            },
          }
        : {
            id,
            cmd: 'update_subscription',
            params: { sid: this.bookSid, action: kind, market_tickers: tickers },
          };
    this.socket.send(JSON.stringify(command));
  }

  subscribe(tokenIds: readonly string[]): void {
    const fresh = tokenIds.filter((id) => !this.tokens.has(id));
    for (const id of fresh) this.tokens.add(id);
    const tickers = this.tickers(fresh).filter((t) => !this.books.has(t));
    for (const ticker of tickers) this.books.set(ticker, new LiveKalshiBidLists(ticker));
    this.send('add_markets', tickers);
  }

  unsubscribe(tokenIds: readonly string[]): void {
    for (const id of tokenIds) this.tokens.delete(id);
    const still = new Set(this.tickers());
    const gone = this.tickers(tokenIds).filter((t) => !still.has(t));
    for (const ticker of gone) this.books.delete(ticker);
    this.send('delete_markets', gone);
  }

  async close(): Promise<void> {
    this.socket?.close();
    this.socket = null;
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
    if (frame.type === 'subscribed' && frame.msg.channel === 'orderbook_delta') this.bookSid = frame.msg.sid;
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
    const live = this.books.get(ticker);
    if (!live) return;
    if (!live.apply(frame)) {
      if (live.needsSnapshot) this.send('get_snapshot', [ticker]);
      return;
    }
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
