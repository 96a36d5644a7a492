import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { KalshiKeyRegistry } from '../auth/kalshi-key-registry.ts';
import { dollars, fp } from '../serializers/fixed-point-json.ts';
import type { BookChange, FakeKalshiState } from '../state/fake-kalshi-state.ts';
import { ascendingLevels, bestBid, type FakeKalshiMarket } from '../state/kalshi-market-model.ts';

export const KALSHI_WS_PATH = '/trade-api/ws/v2';

interface Subscription {
  sid: number;
  channel: 'orderbook_delta' | 'ticker';
  tickers: Set<string> | null;
  seq: number;
}

interface Command {
  id?: unknown;
  cmd?: unknown;
  params?: {
    channels?: unknown;
    market_tickers?: unknown;
    market_ticker?: unknown;
    sids?: unknown;
    sid?: unknown;
    action?: unknown;
  };
}

/**
 * Kalshi's WebSocket (AsyncAPI 2.0.0, kalshi-api.md §6): the handshake must carry the three
 * KALSHI-ACCESS-* headers signed over `timestamp + GET + /trade-api/ws/v2` (else HTTP 401);
 * `subscribe` to `orderbook_delta` (tickers required; snapshot then deltas with `seq` per `sid`) and
 * `ticker`; `unsubscribe`; Ping frames with body `heartbeat`.
 */
export class KalshiSocketServer {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  /** Fault: the next N order-book deltas are counted in `seq` but never sent (a gap the client sees). */
  skipDeltas = 0;
  /** Handshakes accepted (a reconnect is one more). */
  connections = 0;

  constructor(
    private readonly state: FakeKalshiState,
    private readonly keys: KalshiKeyRegistry,
    private readonly pingIntervalMs: number,
  ) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const auth = path === KALSHI_WS_PATH ? this.keys.check(req.headers, 'GET', path) : null;
    if (!auth?.ok) {
      const body = JSON.stringify({
        error: {
          code: 'authentication_error',
          message: 'authentication_error',
          details: auth?.details ?? 'not found',
        },
      });
      socket.end(
        `HTTP/1.1 ${auth ? '401 Unauthorized' : '404 Not Found'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  dropAll(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  close(): Promise<void> {
    this.dropAll();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    this.connections += 1;
    this.sockets.add(socket);
    const subs = new Map<number, Subscription>();
    let nextSid = 1;
    const send = (frame: unknown) => socket.readyState === socket.OPEN && socket.send(JSON.stringify(frame));
    const ping = setInterval(() => socket.ping('heartbeat'), this.pingIntervalMs);
    const stop = this.state.onBookChange((change) => {
      for (const sub of subs.values())
        if (!sub.tickers || sub.tickers.has(change.ticker)) this.push(sub, change, send);
    });
    socket.on('close', () => {
      clearInterval(ping);
      stop();
      this.sockets.delete(socket);
    });
    socket.on('message', (data) => {
      let command: Command;
      try {
        command = JSON.parse(data.toString()) as Command;
      } catch {
        send({ type: 'error', id: 0, msg: { code: 1, msg: 'Unable to process message' } });
        return;
      }
      const id = typeof command.id === 'number' ? command.id : 0;
      if (command.cmd === 'subscribe') {
        const channels = Array.isArray(command.params?.channels) ? command.params.channels : [];
        const raw =
          command.params?.market_tickers ??
          (command.params?.market_ticker ? [command.params.market_ticker] : undefined);
        const tickers = Array.isArray(raw) ? new Set(raw.map(String)) : null;
        if (channels.length === 0)
          return send({ type: 'error', id, msg: { code: 3, msg: 'Channels required' } });
        for (const channel of channels) {
          if (channel !== 'orderbook_delta' && channel !== 'ticker')
            return send({ type: 'error', id, msg: { code: 8, msg: 'Unknown channel name' } });
          if (channel === 'orderbook_delta' && !tickers)
            return send({ type: 'error', id, msg: { code: 14, msg: 'Market Ticker required' } });
        }
        for (const channel of channels as Subscription['channel'][]) {
          const sub: Subscription = { sid: nextSid++, channel, tickers, seq: 0 };
          subs.set(sub.sid, sub);
          send({ id, type: 'subscribed', msg: { channel, sid: sub.sid } });
          if (channel === 'orderbook_delta')
            for (const ticker of tickers ?? []) {
              const market = this.state.market(ticker);
              if (market) send(this.snapshot(sub, market));
            }
        }
        return;
      }
      if (command.cmd === 'unsubscribe') {
        const sids = Array.isArray(command.params?.sids) ? command.params.sids : [];
        if (sids.length === 0) return send({ type: 'error', id, msg: { code: 4, msg: 'Sids required' } });
        for (const sid of sids)
          if (subs.delete(Number(sid))) send({ type: 'unsubscribed', id, sid: Number(sid), seq: 1 });
        return;
      }
      if (command.cmd === 'update_subscription') return this.update(command, id, subs, send);
      if (command.cmd === 'list_subscriptions') {
        // The answer's shape is not in kalshi-api.md; the product reads only that one came.
        const list = [...subs.values()].map((sub) => ({ sid: sub.sid, channel: sub.channel }));
        return send({ id, type: 'ok', msg: { subscriptions: list } });
      }
      send({ type: 'error', id, msg: { code: 5, msg: 'Unknown command' } });
    });
  }

  /** `update_subscription`: add_markets, delete_markets, get_snapshot (answered with snapshots bearing the id). */
  private update(command: Command, id: number, subs: Map<number, Subscription>, send: (f: unknown) => void) {
    const sub = subs.get(Number(command.params?.sid));
    if (!sub) return send({ type: 'error', id, msg: { code: 7, msg: 'Unknown subscription ID' } });
    const raw = command.params?.market_tickers;
    const tickers = Array.isArray(raw) ? raw.map(String) : [];
    if (tickers.length === 0)
      return send({ type: 'error', id, msg: { code: 14, msg: 'Market Ticker required' } });
    const action = command.params?.action;
    if (action === 'get_snapshot') {
      for (const ticker of tickers) {
        const market = this.state.market(ticker);
        if (market && sub.channel === 'orderbook_delta') send({ ...this.snapshot(sub, market), id });
      }
      return;
    }
    if (action !== 'add_markets' && action !== 'delete_markets')
      return send({ type: 'error', id, msg: { code: 13, msg: 'Action not supported' } });
    sub.tickers ??= new Set();
    for (const ticker of tickers) {
      if (action === 'delete_markets') sub.tickers.delete(ticker);
      else sub.tickers.add(ticker);
    }
    send({ type: 'ok', id, sid: sub.sid, seq: sub.seq, msg: { market_tickers: [...sub.tickers] } });
    if (action === 'add_markets' && sub.channel === 'orderbook_delta')
      for (const ticker of tickers) {
        const market = this.state.market(ticker);
        if (market) send(this.snapshot(sub, market));
      }
  }

  private snapshot(sub: Subscription, market: FakeKalshiMarket) {
    sub.seq += 1;
    const side = (bids: Map<number, number>) => ascendingLevels(bids).map(([p, s]) => [dollars(p), fp(s)]);
    const yes = side(market.yesBids);
    const no = side(market.noBids);
    return {
      type: 'orderbook_snapshot',
      sid: sub.sid,
      seq: sub.seq,
      msg: {
        market_ticker: market.ticker,
        market_id: `id-${market.ticker}`,
        ...(yes.length ? { yes_dollars_fp: yes } : {}),
        ...(no.length ? { no_dollars_fp: no } : {}),
      },
    };
  }

  private push(sub: Subscription, change: BookChange, send: (frame: unknown) => void): void {
    const market = this.state.market(change.ticker);
    if (!market) return;
    if (sub.channel === 'orderbook_delta') {
      sub.seq += 1;
      if (this.skipDeltas > 0) {
        this.skipDeltas -= 1;
        return;
      }
      send({
        type: 'orderbook_delta',
        sid: sub.sid,
        seq: sub.seq,
        msg: {
          market_ticker: change.ticker,
          market_id: `id-${change.ticker}`,
          price_dollars: dollars(change.price),
          delta_fp: (change.delta / 1_000_000).toFixed(2),
          side: change.side,
          ts: new Date(this.state.nowMs).toISOString(),
          ts_ms: this.state.nowMs,
          ...(change.clientOrderId ? { client_order_id: change.clientOrderId } : {}),
        },
      });
      return;
    }
    const yesBid = bestBid(market.yesBids);
    const noBid = bestBid(market.noBids);
    send({
      type: 'ticker',
      sid: sub.sid,
      msg: {
        market_ticker: market.ticker,
        price_dollars: dollars(market.lastPrice ?? 0),
        yes_bid_dollars: dollars(yesBid ?? 0),
        yes_ask_dollars: dollars(noBid === null ? 1_000_000 : 1_000_000 - noBid),
        volume_fp: fp(market.volume),
        open_interest_fp: fp(market.openInterest),
        ts_ms: this.state.nowMs,
      },
    });
  }
}
