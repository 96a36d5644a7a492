import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { KalshiOrderClient } from '../../../lib/adapters/kalshi/kalshi-order-client';
import { KalshiReadClient } from '../../../lib/adapters/kalshi/kalshi-read-client';
import { LiveKalshiBidLists } from '../../../lib/adapters/kalshi/live-bid-lists';
import { createKalshiSigner, type KalshiSigner } from '../../../lib/adapters/kalshi/request-signer';
import { type KalshiWsFrame, kalshiWsFrameSchema } from '../../../lib/adapters/kalshi/schemas/ws-messages';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';

const KEY_ID = '77777777-5b68-4f9f-9f02-9a2d1b8ac1a1';
const key = freshKalshiKey();
let fake: FakeKalshi;
let signer: KalshiSigner;

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 3, seed: 9, pingIntervalMs: 50 });
  fake.keys.register(KEY_ID, key.publicPem);
  signer = await createKalshiSigner({ keyId: KEY_ID, privateKeyPem: key.pkcs1Pem });
});
afterAll(() => fake.close());

/** Opens a socket and collects parsed frames; `until` resolves when a frame matches. */
async function open(headers: Record<string, string>) {
  const socket = new WebSocket(fake.wsUrl, { headers });
  const frames: KalshiWsFrame[] = [];
  const waiters: { test: (f: KalshiWsFrame) => boolean; resolve: (f: KalshiWsFrame) => void }[] = [];
  let pings = 0;
  socket.on('ping', (data) => {
    if (data.toString() === 'heartbeat') pings += 1;
  });
  socket.on('message', (data) => {
    const frame = kalshiWsFrameSchema.parse(JSON.parse(data.toString()));
    frames.push(frame);
    for (const w of waiters.filter((w) => w.test(frame))) w.resolve(frame);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const until = (test: (f: KalshiWsFrame) => boolean) =>
    new Promise<KalshiWsFrame>((resolve) => {
      const seen = frames.find(test);
      if (seen) resolve(seen);
      else waiters.push({ test, resolve });
    });
  return { socket, frames, until, pings: () => pings };
}

describe('Kalshi websocket on the fake', () => {
  it('refuses an unsigned handshake with HTTP 401', async () => {
    const socket = new WebSocket(fake.wsUrl);
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('error', () => resolve(-1));
    });
    expect(status).toBe(401);
  });

  it('a signed client keeps a book from snapshot + deltas that matches the REST book after an order', async () => {
    const market = [...fake.state.markets.values()][0];
    if (!market) throw new Error('no market');
    const { socket, until, pings } = await open(await signer.headers('GET', fake.wsUrl));
    socket.send(
      JSON.stringify({
        id: 1,
        cmd: 'subscribe',
        params: { channels: ['orderbook_delta', 'ticker'], market_tickers: [market.ticker] },
      }),
    );
    const live = new LiveKalshiBidLists(market.ticker);
    live.apply(await until((f) => f.type === 'orderbook_snapshot'));
    const orders = new KalshiOrderClient({ baseUrl: fake.restUrl, signer });
    const bestNo = Math.max(...market.noBids.keys());
    await orders.createOrder({
      ticker: market.ticker,
      side: 'bid',
      price: 1_000_000 - bestNo,
      count: 1_000_000,
      timeInForce: 'immediate_or_cancel',
      clientOrderId: 'ws-1',
    });
    const delta = await until((f) => f.type === 'orderbook_delta');
    expect(live.apply(delta)).toBe(true);
    expect(
      delta.type === 'orderbook_delta' && [delta.msg.side, delta.msg.price_dollars, delta.msg.delta_fp],
    ).toEqual(['no', bestNo, -1_000_000]);
    await until((f) => f.type === 'ticker');
    const rest = await new KalshiReadClient({ baseUrl: fake.restUrl }).bidLists(market.ticker);
    expect(live.lists()).toEqual(rest);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(pings()).toBeGreaterThan(0);
    socket.close();
  });

  it('answers an unknown channel with error 8 and an order-book subscription without tickers with error 14', async () => {
    const { socket, until } = await open(await signer.headers('GET', fake.wsUrl));
    socket.send(JSON.stringify({ id: 5, cmd: 'subscribe', params: { channels: ['nope'] } }));
    expect(await until((f) => f.type === 'error' && f.id === 5)).toMatchObject({
      msg: { code: 8, msg: 'Unknown channel name' },
    });
    socket.send(JSON.stringify({ id: 6, cmd: 'subscribe', params: { channels: ['orderbook_delta'] } }));
    expect(await until((f) => f.type === 'error' && f.id === 6)).toMatchObject({ msg: { code: 14 } });
    socket.close();
  });

  it('a sequence gap drops the local book until a new snapshot', () => {
    const live = new LiveKalshiBidLists('T');
    const level = [{ price: 400_000, size: 1_000_000 }];
    live.apply({
      type: 'orderbook_snapshot',
      sid: 1,
      seq: 1,
      msg: { market_ticker: 'T', yes_dollars_fp: level, no_dollars_fp: [] },
    });
    const delta = (seq: number) =>
      ({
        type: 'orderbook_delta',
        sid: 1,
        seq,
        msg: { market_ticker: 'T', price_dollars: 400_000, delta_fp: 1_000_000, side: 'yes' },
      }) as const;
    expect(live.apply(delta(2))).toBe(true);
    expect(live.apply(delta(4))).toBe(false);
    expect(live.needsSnapshot).toBe(true);
    expect(live.apply(delta(5))).toBe(false);
  });
});
