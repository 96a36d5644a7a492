import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { kalshiFixture } from '../../unit/kalshi/fixtures.ts';

/** Key → JSON type, one level deep ("array", "object", "string", …). */
const typesOf = (o: object) =>
  Object.fromEntries(
    Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v]),
  );
const getJson = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

/** Every fixture key is in ours with the same JSON type (keys listed in `absent` may be missing). */
function expectSameShape(ours: object, recorded: object, absent: string[] = []) {
  const got = typesOf(ours);
  for (const [key, type] of Object.entries(typesOf(recorded))) {
    if (absent.includes(key)) continue;
    expect([key, got[key]]).toEqual([key, type]);
  }
}

let fake: FakeKalshi;
beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 9, seed: 3 });
});
afterAll(() => fake.close());

describe("the fake Kalshi's payloads follow the recorded fixtures", () => {
  it('market: the documented keys and types, fixed-point strings, minus the two removed fields', async () => {
    const recorded = (kalshiFixture('market.starship.docs.json') as { market: object }).market;
    const [ticker] = fake.state.markets.keys();
    const ours = (await getJson(`${fake.restUrl}/markets/${ticker}`)).market as Record<string, unknown>;
    expectSameShape(ours, recorded, ['response_price_units', 'fractional_trading_enabled']);
    expect(ours.yes_bid_dollars).toMatch(/^\d\.\d{4}$/);
    expect(ours.volume_fp).toMatch(/^\d+\.\d{2}$/);
    expect('response_price_units' in ours).toBe(false);
    const page = await getJson(`${fake.restUrl}/markets?limit=2`);
    expectSameShape(page, kalshiFixture('CONSTRUCTED.markets-page.json') as object);
  });

  it('order book: {orderbook_fp:{yes_dollars,no_dollars}}, bids only, ascending (best last), string pairs', async () => {
    const recorded = kalshiFixture('orderbook.docs.json') as { orderbook_fp: object };
    const [ticker] = fake.state.markets.keys();
    const ours = (await getJson(`${fake.restUrl}/markets/${ticker}/orderbook`)) as {
      orderbook_fp: { yes_dollars: [string, string][]; no_dollars: [string, string][] };
    };
    expect(Object.keys(ours)).toEqual(Object.keys(recorded));
    expectSameShape(ours.orderbook_fp, recorded.orderbook_fp);
    for (const side of [ours.orderbook_fp.yes_dollars, ours.orderbook_fp.no_dollars]) {
      const prices = side.map(([p]) => Number(p));
      expect(prices).toEqual([...prices].sort((a, b) => a - b));
      expect(side[0]).toEqual([expect.stringMatching(/^0\.\d{4}$/), expect.stringMatching(/^\d+\.\d{2}$/)]);
    }
    const best = (side: [string, string][]) => Number(side.at(-1)?.[0]);
    expect(best(ours.orderbook_fp.yes_dollars) + best(ours.orderbook_fp.no_dollars)).toBeLessThan(1);
  });

  it('events, trades, candlesticks and exchange status have the fixtures keys', async () => {
    const events = await getJson(`${fake.restUrl}/events`);
    expectSameShape(events, kalshiFixture('CONSTRUCTED.events-page.json') as object);
    expectSameShape(
      (events.events as object[])[0] ?? {},
      (kalshiFixture('CONSTRUCTED.events-page.json') as { events: object[] }).events[0] ?? {},
    );
    expectSameShape(
      await getJson(`${fake.restUrl}/exchange/status`),
      kalshiFixture('CONSTRUCTED.exchange-status.json') as object,
    );
    const market = [...fake.state.markets.values()][0];
    if (!market) throw new Error('no market');
    const from = market.history[0]?.[0] ?? 0;
    const candles = await getJson(
      `${fake.restUrl}/series/${market.seriesTicker}/markets/${market.ticker}/candlesticks?start_ts=${from}&end_ts=${from + 86_400}&period_interval=60`,
    );
    const recorded = kalshiFixture('CONSTRUCTED.candlesticks.json') as { candlesticks: object[] };
    expectSameShape(candles, recorded);
    expectSameShape((candles.candlesticks as object[])[0] ?? {}, recorded.candlesticks[0] ?? {});
    const trades = await getJson(`${fake.restUrl}/markets/trades`);
    expectSameShape(trades, kalshiFixture('CONSTRUCTED.trades-page.json') as object);
  });

  it('errors: 401 has the reported envelope, 429 the documented body without Retry-After', async () => {
    const unsigned = await fetch(`${fake.restUrl}/portfolio/balance`);
    expect(unsigned.status).toBe(401);
    const body = (await unsigned.json()) as { error: object };
    expectSameShape(
      body.error,
      (kalshiFixture('error-authentication.reported.json') as { error: object }).error,
    );
    fake.faults.set('GET /markets', { kind: '429' }, { times: 1 });
    const limited = await fetch(`${fake.restUrl}/markets`);
    expect([limited.status, await limited.json()]).toEqual([429, kalshiFixture('error-429.docs.json')]);
    expect(limited.headers.get('retry-after')).toBeNull();
  });
});
