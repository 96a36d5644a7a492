import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { bookEventJson, orderBookSummaryJson } from '../serializers/order-book-json.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { MarketEvent } from './market-events.ts';

interface SubscriptionMessage {
  assets_ids?: unknown;
  operation?: unknown;
  initial_dump?: unknown;
}

/** The CLOB market channel (/ws/market): subscribe, PING/PONG, pushes of book/price_change/trades. */
export class MarketSocketServer {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();

  constructor(private readonly state: FakePolymarketState) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!path.endsWith('/ws/market')) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  get connectionCount(): number {
    return this.sockets.size;
  }

  /** Drops every open socket (clients see an abnormal close). */
  dropAll(): void {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.clear();
  }

  close(): Promise<void> {
    this.dropAll();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    const assets = new Set<string>();
    const unsubscribe = this.state.feed.subscribe((event) => {
      const filtered = filterEvent(event, assets);
      if (filtered && socket.readyState === socket.OPEN) socket.send(JSON.stringify(filtered));
    });
    socket.on('close', () => {
      unsubscribe();
      this.sockets.delete(socket);
    });
    socket.on('message', (data) => {
      const text = data.toString();
      if (text === 'PING') {
        socket.send('PONG');
        return;
      }
      let message: SubscriptionMessage;
      try {
        message = JSON.parse(text) as SubscriptionMessage;
      } catch {
        socket.send('INVALID OPERATION');
        return;
      }
      const ids = Array.isArray(message.assets_ids)
        ? message.assets_ids.filter((id) => typeof id === 'string')
        : [];
      if (message.operation === 'unsubscribe') {
        for (const id of ids) assets.delete(id);
        return;
      }
      for (const id of ids) assets.add(id);
      if (message.initial_dump !== false) this.sendDump(socket, ids);
    });
  }

  /** Initial dump: a JSON ARRAY of `book` events, like production. */
  private sendDump(socket: WebSocket, ids: string[]): void {
    const books = ids.flatMap((id) => {
      const ref = this.state.token(id);
      if (!ref) return [];
      return [
        bookEventJson(
          orderBookSummaryJson(ref.market, ref.index, this.state.book(ref.market), this.state.nowMs),
        ),
      ];
    });
    socket.send(JSON.stringify(books));
  }
}

function filterEvent(event: MarketEvent, assets: Set<string>): MarketEvent | undefined {
  if (event.event_type === 'market_resolved')
    return event.assets_ids.some((id) => assets.has(id)) ? event : undefined;
  if (event.event_type !== 'price_change') return assets.has(event.asset_id) ? event : undefined;
  const changes = event.price_changes.filter((change) => assets.has(change.asset_id));
  return changes.length > 0 ? { ...event, price_changes: changes } : undefined;
}
