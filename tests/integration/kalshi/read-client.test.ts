import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KalshiReadClient } from '../../../lib/adapters/kalshi/kalshi-read-client';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';

let fake: FakeKalshi;
let client: KalshiReadClient;
beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 25, seed: 11 });
  client = new KalshiReadClient({ baseUrl: fake.restUrl, timeoutMs: 2_000 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.faults.clear();
  fake.requestLog.length = 0;
});

describe('Kalshi read client against the fake', () => {
  it('pages every open market by cursor until the empty cursor, and every event', async () => {
    const markets = await client.allMarkets({ status: 'open', limit: 10 });
    expect(markets.map((m) => m.ticker)).toEqual([...fake.state.markets.keys()]);
    expect(
      fake.requestLog.filter((r) => r.path === '/markets').map((r) => r.query.cursor ?? ''),
    ).toHaveLength(3);
    const events = await client.allEvents({ limit: 4 });
    expect(events.map((e) => e.eventTicker)).toEqual([...fake.state.events.keys()]);
    expect((await client.exchangeStatus()).trading_active).toBe(true);
  });

  it("reads a book into both outcomes' books: YES asks are the NO bids at 1 − price, with their sizes", async () => {
    const market = await client.market([...fake.state.markets.keys()][3] ?? '');
    const model = fake.state.market(market.ticker);
    if (!model) throw new Error('no market');
    fake.state.setBid(market.ticker, 'no', 470_000, 12_340_000);
    fake.state.setBid(market.ticker, 'yes', 330_000, 5_000_000);
    const { yes, no } = await client.books(market, 1_000);
    const noBids = [...model.noBids].sort((a, b) => b[0] - a[0]);
    expect(yes.asks).toEqual(noBids.map(([price, size]) => ({ price: 1_000_000 - price, size })));
    const yesBids = [...model.yesBids].sort((a, b) => b[0] - a[0]);
    expect(yes.bids).toEqual(yesBids.map(([price, size]) => ({ price, size })));
    expect(no.asks[0]?.price).toBe(1_000_000 - (yesBids[0]?.[0] ?? 0));
    expect(yes.asks).toContainEqual({ price: 530_000, size: 12_340_000 });
    expect([yes.tokenId, no.tokenId, yes.tickSize]).toEqual([
      `${market.ticker}:yes`,
      `${market.ticker}:no`,
      1_000,
    ]);
  });

  it('reads hourly candlesticks over a window', async () => {
    const model = [...fake.state.markets.values()][0];
    if (!model) throw new Error('no market');
    const from = model.history[0]?.[0] ?? 0;
    const candles = await client.candlesticks(model.seriesTicker, model.ticker, {
      startTs: from,
      endTs: from + 12 * 3600,
      interval: 60,
    });
    expect(candles.length).toBeGreaterThanOrEqual(12);
    expect(candles.every((c, i) => i === 0 || c.endPeriodTs > (candles[i - 1]?.endPeriodTs ?? 0))).toBe(true);
    const last = model.history.find(
      ([ts]) => ts <= (candles.at(-1)?.endPeriodTs ?? 0) && ts > (candles.at(-1)?.endPeriodTs ?? 0) - 3600,
    );
    expect(candles.at(-1)?.close).toBe(last?.[1]);
  });

  it("surfaces a 429 as rate limiting with Kalshi's words, a 5xx as unavailable, a stalled answer as unreachable", async () => {
    fake.faults.set('GET /markets', { kind: '429' }, { times: 1 });
    await expect(client.marketsPage()).rejects.toMatchObject({
      kind: 'temporary',
      code: 'kalshi_rate_limited',
      message: expect.stringContaining('too many requests'),
    });
    fake.faults.set('GET /exchange/status', { kind: '503' }, { times: 1 });
    await expect(client.exchangeStatus()).rejects.toMatchObject({
      kind: 'temporary',
      status: 503,
      message: expect.stringContaining('service unavailable'),
    });
    fake.faults.set('GET /events', { kind: 'slow', ms: 1_000 }, { times: 1 });
    const impatient = new KalshiReadClient({ baseUrl: fake.restUrl, timeoutMs: 200 });
    await expect(impatient.eventsPage()).rejects.toMatchObject({
      kind: 'temporary',
      code: 'kalshi_unreachable',
    });
    fake.faults.set('GET /markets', { kind: 'malformed-json' }, { times: 1 });
    await expect(client.marketsPage()).rejects.toMatchObject({ code: 'kalshi_invalid_payload' });
  });
});
