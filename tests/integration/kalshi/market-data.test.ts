import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KalshiMarketData } from '../../../lib/adapters/kalshi/kalshi-market-data';
import { KalshiReadClient } from '../../../lib/adapters/kalshi/kalshi-read-client';
import { listKalshiMarkets } from '../../../lib/adapters/kalshi/kalshi-scan-reads';
import type { KalshiMarketParse } from '../../../lib/core/venues/kalshi/kalshi-market';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';

let fake: FakeKalshi;
let data: KalshiMarketData;
const NOW = Date.UTC(2026, 5, 1, 12);

beforeAll(async () => {
  fake = await startFakeKalshi({ markets: 12, seed: 3 });
  const http = { baseUrl: fake.restUrl };
  data = new KalshiMarketData({ http, read: new KalshiReadClient(http), now: () => NOW });
});
afterAll(() => fake.close());

const tickers = () => [...fake.state.markets.keys()];

function setBook(ticker: string, yes: [number, number][], no: [number, number][]) {
  const m = fake.state.market(ticker);
  if (!m) throw new Error(ticker);
  for (const p of [...m.yesBids.keys()]) fake.state.setBid(ticker, 'yes', p, 0);
  for (const p of [...m.noBids.keys()]) fake.state.setBid(ticker, 'no', p, 0);
  for (const [p, s] of yes) fake.state.setBid(ticker, 'yes', p, s);
  for (const [p, s] of no) fake.state.setBid(ticker, 'no', p, s);
}

describe('Kalshi market data against the fake', () => {
  it("turns the bids-only books into both outcomes' asks, in one batch for many tokens", async () => {
    const [a = '', b = ''] = tickers();
    // the docs' example book: best YES bid 0.42, best NO bid 0.56
    setBook(
      a,
      [
        [350_000, 11_000_000],
        [420_000, 13_000_000],
      ],
      [
        [450_000, 20_000_000],
        [560_000, 17_000_000],
      ],
    );
    const before = fake.requestLog.length;
    const [yes, no, other] = await data.books([`${a}:yes`, `${a}:no`, `${b}:yes`]);
    expect(fake.requestLog.length - before).toBe(2);
    expect(yes?.tokenId).toBe(`${a}:yes`);
    expect(yes?.bids[0]).toEqual({ price: 420_000, size: 13_000_000 });
    // YES ask = 1 − best NO bid, with that bid's size
    expect(yes?.asks.slice(0, 2)).toEqual([
      { price: 440_000, size: 17_000_000 },
      { price: 550_000, size: 20_000_000 },
    ]);
    expect(no?.bids[0]).toEqual({ price: 560_000, size: 17_000_000 });
    expect(no?.asks[0]).toEqual({ price: 580_000, size: 13_000_000 });
    expect([yes?.tickSize, yes?.minOrderSize, yes?.timestamp]).toEqual([10_000, 1_000_000, NOW]);
    expect(other?.tokenId).toBe(`${b}:yes`);
    expect(other?.asks.length).toBeGreaterThan(0);
  });

  it('reads markets by ticker as core Markets', async () => {
    const [a = ''] = tickers();
    const markets = await data.markets([a, 'KXNOPE-1']);
    expect([...markets.keys()]).toEqual([a]);
    expect(markets.get(a)).toMatchObject({ id: a, yes: { tokenId: `${a}:yes` }, active: true });
  });

  it('gives a price history from candlesticks (NO = 1 − YES)', async () => {
    const [a = ''] = tickers();
    const endTs = Math.floor(fake.state.nowMs / 1000);
    const range = { startTs: endTs - 48 * 3600, endTs, interval: 60 as const };
    const yes = await data.priceHistory(`${a}:yes`, range);
    const no = await data.priceHistory(`${a}:no`, range);
    expect(yes.length).toBeGreaterThan(40);
    expect(yes[0]?.time).toBeGreaterThanOrEqual(range.startTs * 1000);
    expect(no.map((p) => p.price)).toEqual(yes.map((p) => 1_000_000 - p.price));
  });

  it('lists open markets along the cursor, leaving out what it cannot trust with the reason', async () => {
    const [, , broken = ''] = tickers();
    const market = fake.state.market(broken);
    if (!market) throw new Error('no market');
    const ranges = market.ranges;
    market.ranges = [];
    const closed = fake.state.market(tickers()[3] ?? '');
    if (closed) closed.status = 'closed';
    const pages: KalshiMarketParse[][] = [];
    for await (const page of listKalshiMarkets({ baseUrl: fake.restUrl }, { pageSize: 2 })) pages.push(page);
    market.ranges = ranges;
    if (closed) closed.status = 'active';
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.flat();
    const left = all.filter((p) => !p.ok);
    expect(left).toEqual([{ ok: false, id: broken, reason: expect.stringContaining('price_ranges') }]);
    const listed = all.flatMap((p) => (p.ok ? [p.market.id] : []));
    expect(listed).toHaveLength(10);
    expect(listed).not.toContain(tickers()[3]);
    const first = all.find((p) => p.ok);
    expect(first?.ok && first.market.eventTitle).toMatch(/on June/);
  });
});
