import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { fixture } from '../../unit/polymarket/fixtures.ts';

const typesOf = (o: object) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? 'array' : typeof v]));
const getJson = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 60, seed: 3 });
});
afterAll(() => fake.close());

describe('payload shapes follow the recorded fixtures', () => {
  it('Gamma market has the fixture keys with the same types and JSON-string arrays', async () => {
    const recorded = fixture('gamma-market.btc5m.ra1nty.json') as Record<string, unknown>;
    const ours = (await getJson(`${fake.gammaUrl}/markets/600000`)) as Record<string, unknown>;
    const optional = new Set([
      'bestBid',
      'bestAsk',
      'spread',
      'eventStartTime',
      'showGmpSeries',
      'showGmpOutcome',
      'makerRebatesFeeShareBps',
    ]);
    const want = typesOf(recorded);
    const got = typesOf(ours);
    for (const [key, type] of Object.entries(want)) {
      if (optional.has(key) || !(key in got)) continue;
      expect([key, got[key]]).toEqual([key, type]);
    }
    const missing = Object.keys(want).filter((k) => !(k in got) && !optional.has(k));
    expect(missing.length).toBeLessThan(8);
    expect(ours.outcomes).toMatch(/^\["[^"]+", "[^"]+"\]$/);
    expect(ours.clobTokenIds).toMatch(/^\["\d+", "\d+"\]$/);
  });

  it('book: strings, best price LAST (bids ascending, asks descending)', async () => {
    const market = fake.state.markets.find((m) => !m.closed);
    if (!market) throw new Error('no market');
    const book = await getJson(`${fake.clobUrl}/book?token_id=${market.tokens[0].tokenId}`);
    expect(Object.keys(book).sort()).toEqual(
      Object.keys(fixture('clob-book.negrisk.polywatch.json') as object).sort(),
    );
    const bids = (book.bids as { price: string }[]).map((l) => Number(l.price));
    const asks = (book.asks as { price: string }[]).map((l) => Number(l.price));
    expect(bids).toEqual([...bids].sort((a, b) => a - b));
    expect(asks).toEqual([...asks].sort((a, b) => b - a));
    expect(bids.at(-1)).toBeLessThan(asks.at(-1) ?? 0);
    expect(typeof (book.bids as { size: unknown }[])[0]?.size).toBe('string');
    const bad = await fetch(`${fake.clobUrl}/book?token_id=123`);
    expect([bad.status, await bad.json()]).toEqual([
      404,
      { error: 'No orderbook exists for the requested token id' },
    ]);
  });

  it('CLOB /markets pages MA== … LTE=, keyset rejects offset with 422', async () => {
    let cursor = 'MA==';
    let pages = 0;
    while (cursor !== 'LTE=' && pages < 10) {
      cursor = String((await getJson(`${fake.clobUrl}/markets?next_cursor=${cursor}`)).next_cursor);
      pages += 1;
    }
    expect(cursor).toBe('LTE=');
    const keyset = await fetch(`${fake.gammaUrl}/markets/keyset?offset=10`);
    expect(keyset.status).toBe(422);
    expect(await keyset.json()).toEqual({
      type: 'validation error',
      error: 'offset is not allowed on keyset endpoints',
    });
    const first = await getJson(`${fake.gammaUrl}/markets/keyset?limit=50`);
    const second = await getJson(
      `${fake.gammaUrl}/markets/keyset?limit=50&after_cursor=${first.next_cursor}`,
    );
    // Like the real Gamma (since 2026-04-09), no `closed` parameter means closed=false.
    const open = fake.state.markets.filter((m) => !m.closed).length;
    expect((second.markets as unknown[]).length).toBe(open - 50);
    expect('next_cursor' in second).toBe(false);
    const closed = await getJson(`${fake.gammaUrl}/markets/keyset?limit=100&closed=true`);
    expect((closed.markets as unknown[]).length).toBe(fake.state.markets.length - open);
  });

  it('Data API trades rows have the fixture keys and types', async () => {
    const rows = (await (await fetch(`${fake.dataUrl}/trades?limit=3`)).json()) as Record<string, unknown>[];
    const recorded = (fixture('data-api-trades.ra1nty.json') as Record<string, unknown>[])[0] ?? {};
    expect(rows.length).toBe(3);
    expect(typesOf(rows[0] ?? {})).toEqual(typesOf(recorded));
  });

  it('search, midpoint, last trade, prices-history shapes', async () => {
    const search = await getJson(`${fake.gammaUrl}/public-search?q=will`);
    expect(Object.keys(search)).toEqual(['events', 'tags', 'profiles', 'pagination']);
    const token = fake.state.markets[0]?.tokens[0].tokenId;
    expect(typeof (await getJson(`${fake.clobUrl}/midpoint?token_id=${token}`)).mid).toBe('string');
    expect(Object.keys(await getJson(`${fake.clobUrl}/last-trade-price?token_id=${token}`))).toEqual([
      'price',
      'side',
    ]);
    const history = await getJson(`${fake.clobUrl}/prices-history?market=${token}&interval=1w&fidelity=60`);
    expect((history.history as unknown[]).length).toBeGreaterThan(100);
  });
});
