import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { MarketWs, type MarketWsStatus } from '../../../lib/adapters/polymarket/market-ws';
import type { MarketWsEvent } from '../../../lib/adapters/polymarket/schemas/market-ws-messages';
import { fixture } from './fixtures';

const TOKEN_A = '111';
const TOKEN_B = '222';
const MARKET = `0x${'c'.repeat(64)}`;

interface Server {
  wss: WebSocketServer;
  url: string;
  received: string[];
  sockets: WebSocket[];
}

async function startServer(): Promise<Server> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const address = wss.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const server: Server = { wss, url: `ws://127.0.0.1:${port}/ws/market`, received: [], sockets: [] };
  wss.on('connection', (socket) => {
    server.sockets.push(socket);
    socket.on('message', (data) => {
      const text = data.toString();
      server.received.push(text);
      if (text === 'PING') socket.send('PONG');
    });
  });
  return server;
}

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const fn of cleanup.reverse()) await fn();
  cleanup = [];
});

function setup(server: Server) {
  const events: MarketWsEvent[] = [];
  const malformed: string[] = [];
  const statuses: MarketWsStatus[] = [];
  const client = new MarketWs({
    url: server.url,
    WebSocket,
    pingIntervalMs: 30,
    reconnectBaseDelayMs: 20,
    reconnectMaxDelayMs: 50,
    handlers: {
      onEvent: (e) => events.push(e),
      onMalformed: (reason) => malformed.push(reason),
      onStatus: (s) => statuses.push(s),
    },
  });
  cleanup.push(() => client.close());
  return { client, events, malformed, statuses };
}

describe('MarketWs against a local ws server', () => {
  it('subscribes, parses arrays and objects, ignores PONG, counts malformed, pings', async () => {
    const server = await startServer();
    cleanup.push(() => new Promise((r) => server.wss.close(() => r())));
    const { client, events, malformed } = setup(server);
    client.subscribe([TOKEN_A]);
    client.connect();
    await until(() => server.received.length > 0);
    expect(JSON.parse(server.received[0] ?? '')).toEqual({
      assets_ids: [TOKEN_A],
      type: 'market',
      custom_feature_enabled: true,
    });
    client.subscribe([TOKEN_B]);
    client.unsubscribe([TOKEN_A]);
    await until(() => server.received.filter((m) => m !== 'PING').length >= 3);
    const ops = server.received.filter((m) => m !== 'PING').map((m) => JSON.parse(m));
    expect(ops.slice(1)).toEqual([
      { operation: 'subscribe', assets_ids: [TOKEN_B] },
      { operation: 'unsubscribe', assets_ids: [TOKEN_A] },
    ]);

    const book = fixture('clob-book.negrisk.polywatch.json') as Record<string, unknown>;
    const socket = server.sockets[0];
    socket?.send(JSON.stringify([{ ...book, event_type: 'book' }]));
    socket?.send(
      JSON.stringify({
        event_type: 'price_change',
        market: MARKET,
        timestamp: '1750000000000',
        price_changes: [
          { asset_id: TOKEN_B, price: '0.5', size: '0', side: 'BUY', best_bid: '0.49', best_ask: '0.51' },
        ],
      }),
    );
    socket?.send(
      JSON.stringify({
        event_type: 'last_trade_price',
        asset_id: TOKEN_B,
        market: MARKET,
        price: '0.52',
        size: '10',
        side: 'SELL',
        fee_rate_bps: '0',
        timestamp: '1750000000001',
      }),
    );
    socket?.send(
      JSON.stringify([
        {
          event_type: 'tick_size_change',
          asset_id: TOKEN_B,
          market: MARKET,
          old_tick_size: '0.01',
          new_tick_size: '0.001',
          timestamp: '1',
        },
        {
          event_type: 'best_bid_ask',
          asset_id: TOKEN_B,
          market: MARKET,
          best_bid: '0.5',
          best_ask: '0.52',
          spread: '0.02',
          timestamp: '2',
        },
        {
          event_type: 'market_resolved',
          market: MARKET,
          assets_ids: [TOKEN_A, TOKEN_B],
          winning_asset_id: TOKEN_A,
          winning_outcome: 'Yes',
          timestamp: '3',
        },
        { event_type: 'something_new', foo: 1 },
      ]),
    );
    socket?.send('PONG');
    socket?.send('not json {');
    socket?.send(JSON.stringify({ event_type: 'book', asset_id: 'x', market: MARKET, timestamp: '1' }));
    await until(() => events.length >= 6 && malformed.length >= 2);
    expect(events.map((e) => e.type)).toEqual([
      'book',
      'price_change',
      'last_trade_price',
      'tick_size_change',
      'best_bid_ask',
      'market_resolved',
    ]);
    const first = events[0];
    expect(first?.type === 'book' && first.bids[0]).toEqual({ price: 300_000, size: 60_250_000 });
    expect(first?.type === 'book' && first.asks[0]?.price).toBe(430_000);
    expect(events[1]).toMatchObject({
      changes: [{ tokenId: TOKEN_B, price: 500_000, size: 0, bestBid: 490_000 }],
    });
    expect(events[5]).toMatchObject({ winningTokenId: TOKEN_A });
    expect(malformed).toHaveLength(2);
    expect(client.malformedCount).toBe(2);
    await until(() => server.received.includes('PING'));
  });

  it('reconnects with backoff after the server drops it and resubscribes everything', async () => {
    const server = await startServer();
    cleanup.push(() => new Promise((r) => server.wss.close(() => r())));
    const { client, statuses } = setup(server);
    client.connect();
    await until(() => server.sockets.length === 1 && client.status === 'open');
    client.subscribe([TOKEN_A]);
    client.subscribe([TOKEN_B]);
    await until(() => server.received.filter((m) => m !== 'PING').length >= 2);
    server.sockets[0]?.terminate();
    await until(() => server.sockets.length === 2 && server.received.filter((m) => m !== 'PING').length >= 3);
    const last = server.received.filter((m) => m !== 'PING').at(-1) ?? '';
    expect(JSON.parse(last)).toEqual({
      assets_ids: [TOKEN_A, TOKEN_B],
      type: 'market',
      custom_feature_enabled: true,
    });
    expect(statuses).toContain('reconnecting');
    await until(() => client.status === 'open');
  });

  it('keeps retrying while the server is down, then closes cleanly without reconnecting', async () => {
    const server = await startServer();
    const { client, statuses } = setup(server);
    client.subscribe([TOKEN_A]);
    client.connect();
    await until(() => client.status === 'open');
    for (const s of server.sockets) s.terminate();
    await new Promise<void>((r) => server.wss.close(() => r()));
    await until(() => statuses.filter((s) => s === 'reconnecting').length >= 1);
    await new Promise((r) => setTimeout(r, 150));
    await client.close();
    expect(client.status).toBe('closed');
    const count = statuses.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(statuses.length).toBe(count);
  });

  it('closes an open socket with a clean close frame', async () => {
    const server = await startServer();
    cleanup.push(() => new Promise((r) => server.wss.close(() => r())));
    const codes: number[] = [];
    server.wss.on('connection', (s) => s.on('close', (code) => codes.push(code)));
    const { client } = setup(server);
    client.connect();
    await until(() => client.status === 'open');
    await client.close();
    await until(() => codes.length === 1);
    expect(codes).toEqual([1000]);
    await new Promise((r) => setTimeout(r, 80));
    expect(server.sockets).toHaveLength(1);
  });
});
