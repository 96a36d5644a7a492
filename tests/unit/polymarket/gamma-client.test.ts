import { describe, expect, it } from 'vitest';
import { GammaClient } from '../../../lib/adapters/polymarket/gamma-client';
import { routedHttp } from './fake-router';
import { fixture } from './fixtures';

const btc = fixture('gamma-market.btc5m.ra1nty.json') as Record<string, unknown>;
const market = (id: number) => ({ ...btc, id: String(id) });

async function collect<T>(gen: AsyncGenerator<T[]>): Promise<T[][]> {
  const pages: T[][] = [];
  for await (const page of gen) pages.push(page);
  return pages;
}

describe('GammaClient', () => {
  it('pages /markets by offset until a short page, with filters as Gamma params', async () => {
    const { http, calls, clock } = routedHttp(({ query }) => {
      const offset = Number(query.get('offset'));
      const count = offset < 4 ? 2 : 1;
      return { body: Array.from({ length: count }, (_, i) => market(offset + i)) };
    });
    const gamma = new GammaClient(http);
    const pages = await clock.drive(
      collect(gamma.marketPages({ active: true, closed: false, order: 'volume24hr' }, { pageSize: 2 })),
    );
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(calls.map((c) => c.query.get('offset'))).toEqual(['0', '2', '4']);
    expect(calls[0]?.query.toString()).toBe('active=true&closed=false&order=volume24hr&limit=2&offset=0');
    expect(pages[0]?.[0]?.ok).toBe(true);
  });

  it('follows /markets/keyset next_cursor until it is omitted', async () => {
    const { http, calls, clock } = routedHttp(({ query }) => {
      const cursor = query.get('after_cursor');
      if (cursor === null) return { body: { markets: [market(1), market(2)], next_cursor: 'c1' } };
      if (cursor === 'c1') return { body: { markets: [market(3)], next_cursor: 'c2' } };
      return { body: { markets: [market(4)] } };
    });
    const pages = await clock.drive(collect(new GammaClient(http).marketKeysetPages({}, { pageSize: 2 })));
    expect(pages.flat().map((r) => (r.ok ? r.market.id : r.id))).toEqual(['1', '2', '3', '4']);
    expect(calls.map((c) => [c.path, c.query.get('after_cursor')])).toEqual([
      ['/markets/keyset', null],
      ['/markets/keyset', 'c1'],
      ['/markets/keyset', 'c2'],
    ]);
  });

  it('follows /events/keyset and parses nested markets', async () => {
    const search = fixture('gamma-public-search.ra1nty.json') as { events: unknown[] };
    const { http, clock } = routedHttp(() => ({ body: { events: search.events } }));
    const pages = await clock.drive(collect(new GammaClient(http).eventKeysetPages()));
    const event = pages[0]?.[0];
    expect(event?.ok && event.event.markets[0]?.ok).toBe(true);
  });

  it('gets markets by id, slug and condition id; 404 → null', async () => {
    const { http, calls, clock } = routedHttp(({ path }) =>
      path.endsWith('/missing')
        ? { status: 404, body: { error: 'not found' } }
        : { body: path === '/markets' ? [btc] : btc },
    );
    const gamma = new GammaClient(http);
    expect((await clock.drive(gamma.getMarketById('1669969')))?.ok).toBe(true);
    expect((await clock.drive(gamma.getMarketBySlug('btc-updown-5m-1774165800')))?.ok).toBe(true);
    expect(await clock.drive(gamma.getMarketById('missing'))).toBeNull();
    const byCid = await clock.drive(gamma.getMarketByConditionId('0xba35'));
    expect(byCid?.ok).toBe(true);
    expect(calls.map((c) => c.path)).toEqual([
      '/markets/1669969',
      '/markets/slug/btc-updown-5m-1774165800',
      '/markets/missing',
      '/markets',
    ]);
    expect(calls[3]?.query.get('condition_ids')).toBe('0xba35');
  });

  it('searches and caches the answer briefly', async () => {
    const { http, calls, clock } = routedHttp(() => ({ body: fixture('gamma-public-search.ra1nty.json') }));
    const gamma = new GammaClient(http);
    const result = await clock.drive(gamma.search('bitcoin', { limitPerType: 5 }));
    await clock.drive(gamma.search('bitcoin', { limitPerType: 5 }));
    expect(result).toMatchObject({ hasMore: false, totalResults: 1, tags: [] });
    expect(result.events).toHaveLength(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query.toString()).toBe('q=bitcoin&limit_per_type=5');
  });

  it('an untrusted list body becomes a temporary invalid_payload error', async () => {
    const { http, clock } = routedHttp(() => ({ body: { not: 'a list' } }));
    await expect(clock.drive(new GammaClient(http).listMarkets())).rejects.toMatchObject({
      kind: 'temporary',
      code: 'invalid_payload',
    });
  });
});
