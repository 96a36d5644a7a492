import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operationalError } from '../../../lib/errors/app-error';
import { quoteKalshi } from '../../fake-kalshi/scenarios/quote-kalshi.ts';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { freshKalshiKey } from '../../unit/kalshi/test-keys.ts';
import { makeKalshiRealtimeHarness } from './support/kalshi-realtime-harness';
import { until } from './support/realtime-harness';

const KEY_ID = '5e1c2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const key = freshKalshiKey();
const credentials = async () => ({ keyId: KEY_ID, privateKeyPem: key.pkcs8Pem });
let fake: FakeKalshi;
let next = 0;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 6, seed: 5, pingIntervalMs: 100 });
  fake.keys.register(KEY_ID, key.publicPem);
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});
afterAll(() => fake.close());

type Harness = Awaited<ReturnType<typeof makeKalshiRealtimeHarness>>;

async function harness(creds = credentials): Promise<Harness> {
  const h = await makeKalshiRealtimeHarness(fake, creds);
  stops.push(() => h.realtime.stop());
  return h;
}

/** A paper position on a balanced Kalshi market (YES and NO both bid 49¢, asked 51¢). */
async function enter(h: Harness) {
  const ticker = [...fake.state.markets.keys()][next++] ?? '';
  quoteKalshi(
    fake,
    ticker,
    [
      [49, 20_000],
      [48, 20_000],
    ],
    [
      [49, 20_000],
      [48, 20_000],
    ],
  );
  const { positionId = '' } = await h.services.engine.enter(`kalshi:${ticker}`);
  expect(await h.store.positions.get(positionId)).toMatchObject({
    venue: 'kalshi',
    status: 'active',
    mode: 'paper',
  });
  return { ticker, positionId };
}

/** YES falls to 29¢ bid / 31¢ asked (NO bid 69¢): past the 30 % divergence from 51¢. */
const crashYes = (ticker: string) => quoteKalshi(fake, ticker, [[29, 20_000]], [[69, 20_000]]);

describe('realtime monitor on the fake Kalshi websocket (signed handshake)', () => {
  it('a book delta liquidates the diverging side through the socket, before any REST pass; a drop reconnects and resubscribes', async () => {
    const h = await harness();
    const { ticker, positionId } = await enter(h);
    const connections = fake.socketConnections();
    await h.realtime.start();
    await until(() => h.kalshi()?.state === 'live');
    expect(h.kalshi()).toMatchObject({ restOnly: null, subscribedTokens: 2 });
    expect(h.realtime.status().subscribedTokens.sort()).toEqual([
      `kalshi:${ticker}:no`,
      `kalshi:${ticker}:yes`,
    ]);
    expect(fake.socketConnections()).toBe(connections + 1);

    // The fake drops every socket: the stream signs afresh, reconnects, subscribes again, re-checks REST.
    fake.dropSockets();
    await until(() => h.kalshi()?.state !== 'live');
    await until(() => h.kalshi()?.state === 'live' && (h.kalshi()?.reconnects ?? 0) >= 1);
    expect(fake.socketConnections()).toBe(connections + 2);

    // The book moves on the fake: its deltas reach the monitor, which liquidates YES on its own.
    crashYes(ticker);
    await until(async () => (await h.store.positions.get(positionId))?.status === 'liquidated');
    expect(await h.store.positions.get(positionId)).toMatchObject({ liquidatedSide: 'yes', venue: 'kalshi' });
    expect(h.alarmPasses()).toBe(0);
    expect(h.realtime.reactions()).toEqual([
      expect.objectContaining({ positionId, kind: 'liquidate', trigger: 'realtime', outcome: 'acted' }),
    ]);
    const sold = (await h.store.trades.listByPosition(positionId)).filter((t) => t.reason === 'liquidation');
    expect(sold.map((t) => [t.venue, t.side, t.action, t.price])).toEqual([
      ['kalshi', 'yes', 'sell', 290_000],
    ]);
  });

  it('a refused signature leaves Kalshi to the REST pass, and the status says why', async () => {
    const wrong = freshKalshiKey();
    const h = await harness(async () => ({ keyId: KEY_ID, privateKeyPem: wrong.pkcs8Pem }));
    const { ticker, positionId } = await enter(h);
    const connections = fake.socketConnections();
    await h.realtime.start();
    await until(() => h.kalshi()?.restOnly === 'refused');
    expect(h.kalshi()?.state).not.toBe('live');
    expect(h.realtime.status().state).not.toBe('live');
    expect(fake.socketConnections()).toBe(connections); // the fake answered 401, no socket
    crashYes(ticker);
    await new Promise((r) => setTimeout(r, 150));
    expect((await h.store.positions.get(positionId))?.status).toBe('active'); // no socket decided
    expect(await h.alarmPass()).toContain('1 liquidated');
    expect(await h.store.positions.get(positionId)).toMatchObject({
      status: 'liquidated',
      liquidatedSide: 'yes',
    });
    expect(h.realtime.reactions()).toEqual([]);
  });

  it('without a Kalshi key (paper only) there is no socket: the status asks for a key, REST passes watch', async () => {
    const missing = async (): Promise<never> => {
      throw operationalError('Add your Kalshi API key in the options (Kalshi section) to trade on Kalshi.', {
        code: 'kalshi_key_missing',
      });
    };
    const h = await harness(missing);
    await enter(h);
    const connections = fake.socketConnections();
    await h.realtime.start();
    await until(() => h.kalshi()?.restOnly === 'no_key');
    expect(h.realtime.status().restEverySeconds).toBe(30);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.socketConnections()).toBe(connections);
  });
});
