import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { KalshiMarketStream } from '../../../lib/adapters/kalshi/kalshi-market-stream';
import { KalshiOrderClient } from '../../../lib/adapters/kalshi/kalshi-order-client';
import { createKalshiSigner, type KalshiSigner } from '../../../lib/adapters/kalshi/request-signer';
import type { WebSocketLike } from '../../../lib/adapters/polymarket/web-socket-like';
import type { WsBook, WsLastTrade } from '../../../lib/app/ports/market-stream-port';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '3c9d1e2f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
const key = freshKalshiKey();
let fake: FakeKalshi;
let signer: KalshiSigner;

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 3, seed: 4 });
  fake.keys.register(KEY_ID, key.publicPem);
  signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs8Pem });
});
afterAll(() => fake.close());

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe('the Kalshi market stream (signed websocket) as the realtime monitor reads it', () => {
  it("keeps both outcomes' books from the bids-only snapshot and deltas, and the last trade", async () => {
    const market = [...fake.state.markets.values()][0];
    if (!market) throw new Error('no market');
    const books: WsBook[] = [];
    const trades: WsLastTrade[] = [];
    const statuses: string[] = [];
    const stream = new KalshiMarketStream({
      url: fake.wsUrl,
      signer,
      openSocket: (url, headers) => new WebSocket(url, { headers }) as unknown as WebSocketLike,
      handlers: {
        onBook: (b) => books.push(b),
        onLastTrade: (t) => trades.push(t),
        onStatus: (s) => statuses.push(s),
      },
    });
    stream.subscribe([`${market.ticker}:yes`, `${market.ticker}:no`]);
    stream.connect();
    const latest = (tokenId: string) => books.filter((b) => b.tokenId === tokenId).at(-1);
    await until(() => latest(`${market.ticker}:no`) !== undefined);
    const bestNo = Math.max(...market.noBids.keys());
    const bestYes = Math.max(...market.yesBids.keys());
    expect(latest(`${market.ticker}:yes`)?.asks[0]).toEqual({
      price: 1_000_000 - bestNo,
      size: market.noBids.get(bestNo),
    });
    expect(latest(`${market.ticker}:no`)?.asks[0]?.price).toBe(1_000_000 - bestYes);

    // Someone buys YES against the best NO bid: the YES ask at 1 − bestNo shrinks by that much.
    const before = market.noBids.get(bestNo) ?? 0;
    await new KalshiOrderClient({ baseUrl: fake.restUrl, signer }).createOrder({
      ticker: market.ticker,
      side: 'bid',
      price: 1_000_000 - bestNo,
      count: 1_000_000,
      timeInForce: 'immediate_or_cancel',
      clientOrderId: 'stream-1',
    });
    await until(() => latest(`${market.ticker}:yes`)?.asks[0]?.size === before - 1_000_000);
    await until(() => trades.some((t) => t.tokenId === `${market.ticker}:yes`));
    const yesTrade = trades.filter((t) => t.tokenId === `${market.ticker}:yes`).at(-1);
    const noTrade = trades.filter((t) => t.tokenId === `${market.ticker}:no`).at(-1);
    expect((yesTrade?.price ?? 0) + (noTrade?.price ?? 0)).toBe(1_000_000);
    await stream.close();
    expect(statuses).toEqual(['connecting', 'open', 'closed']);
  });

  it("a sequence gap asks for that market's snapshot and the book comes back right", async () => {
    const market = [...fake.state.markets.values()][1];
    if (!market) throw new Error('no market');
    const books: WsBook[] = [];
    const sent: string[] = [];
    const stream = new KalshiMarketStream({
      url: fake.wsUrl,
      signer,
      openSocket: (url, headers) => {
        const socket = new WebSocket(url, { headers });
        const send = socket.send.bind(socket);
        socket.send = ((data: string) => {
          sent.push(String(data));
          send(data);
        }) as typeof socket.send;
        return socket as unknown as WebSocketLike;
      },
      handlers: { onBook: (b) => books.push(b) },
    });
    stream.subscribe([`${market.ticker}:yes`, `${market.ticker}:no`]);
    stream.connect();
    const yesAsks = () => books.filter((b) => b.tokenId === `${market.ticker}:yes`).at(-1)?.asks;
    await until(() => yesAsks() !== undefined);
    // One delta is lost on the way (seq counts it), the next one shows the gap.
    fake.skipBookDeltas(1);
    fake.state.setBid(market.ticker, 'no', 600_000, 7_000_000); // lost: YES asked at 40¢
    fake.state.setBid(market.ticker, 'no', 610_000, 3_000_000); // seq jumps: snapshot asked
    await until(() => sent.some((c) => c.includes('"get_snapshot"')));
    const ask = JSON.parse(sent.find((c) => c.includes('"get_snapshot"')) ?? '{}');
    expect(ask).toMatchObject({
      cmd: 'update_subscription',
      params: { action: 'get_snapshot', market_tickers: [market.ticker] },
    });
    // The snapshot has both levels, the lost one included.
    await until(() => yesAsks()?.[0]?.price === 390_000 && yesAsks()?.[1]?.price === 400_000);
    expect(yesAsks()?.slice(0, 2)).toEqual([
      { price: 390_000, size: 3_000_000 },
      { price: 400_000, size: 7_000_000 },
    ]);
    await stream.close();
  });

  it('probes a quiet socket with list_subscriptions and reconnects one that stays silent', async () => {
    const market = [...fake.state.markets.values()][2];
    if (!market) throw new Error('no market');
    const statuses: string[] = [];
    const sockets: WebSocket[] = [];
    let probes = 0;
    const stream = new KalshiMarketStream({
      url: fake.wsUrl,
      signer,
      keepaliveMs: 40,
      reconnectBaseDelayMs: 20,
      reconnectMaxDelayMs: 50,
      openSocket: (url, headers) => {
        const socket = new WebSocket(url, { headers });
        sockets.push(socket);
        const send = socket.send.bind(socket);
        socket.send = ((data: string) => {
          if (String(data).includes('list_subscriptions')) probes += 1;
          // The first socket goes deaf after its subscription: the answers stop coming.
          if (sockets.length === 1 && probes > 1) return;
          send(data);
        }) as typeof socket.send;
        return socket as unknown as WebSocketLike;
      },
      handlers: { onStatus: (s) => statuses.push(s) },
    });
    stream.subscribe([`${market.ticker}:yes`]);
    stream.connect();
    // No pings from this fake within the test (10 s), no book change: only the probes' answers come.
    await until(() => sockets.length === 2 && stream.status === 'open');
    expect(probes).toBeGreaterThanOrEqual(2); // answered, then unanswered until the socket was given up
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'reconnecting', 'open']);
    expect(stream.subscriptions).toEqual([`${market.ticker}:yes`]);
    await stream.close();
  });
});
