import { describe, expect, it } from 'vitest';
import { ClobReads } from '../../../lib/adapters/polymarket/clob-reads';
import { DataApiClient } from '../../../lib/adapters/polymarket/data-api-client';
import { routedHttp } from './fake-router';
import { fixture } from './fixtures';

const book = fixture('clob-book.negrisk.polywatch.json') as Record<string, unknown>;

describe('ClobReads', () => {
  it('batches POST /books in safe chunks and returns best-first books', async () => {
    const { http, calls, clock } = routedHttp(({ body }) => ({
      body: (body as Array<{ token_id: string }>).map((b) => ({ ...book, asset_id: b.token_id })),
    }));
    const clob = new ClobReads(http, { booksChunkSize: 50 });
    const tokens = Array.from({ length: 120 }, (_, i) => String(i + 1));
    const books = await clock.drive(clob.getBooks(tokens));
    expect(calls.map((c) => [c.method, c.path, (c.body as unknown[]).length])).toEqual([
      ['POST', '/books', 50],
      ['POST', '/books', 50],
      ['POST', '/books', 20],
    ]);
    expect(books.map((b) => b.tokenId)).toEqual(tokens);
    expect(books[0]?.bids[0]?.price).toBe(300_000);
  });

  it('reads single book, midpoints, prices, spreads and last trades', async () => {
    const { http, calls, clock } = routedHttp(({ path, body }) => {
      if (path === '/book') return { body: book };
      if (path === '/midpoints') return { body: { '1': '0.45', '2': '0.55' } };
      if (path === '/spreads') return { body: { '1': '0.02' } };
      if (path === '/prices') return { body: { '1': { BUY: '0.44', SELL: '0.46' } } };
      if (path === '/last-trades-prices') return { body: [{ token_id: '1', price: '0.45', side: 'SELL' }] };
      throw new Error(`unexpected ${path} ${JSON.stringify(body)}`);
    });
    const clob = new ClobReads(http);
    expect((await clock.drive(clob.getBook('1'))).asks[0]?.price).toBe(430_000);
    expect(calls[0]?.query.get('token_id')).toBe('1');
    expect(await clock.drive(clob.getMidpoints(['1', '2']))).toEqual(
      new Map([
        ['1', 450_000],
        ['2', 550_000],
      ]),
    );
    expect(calls[1]?.body).toEqual([{ token_id: '1' }, { token_id: '2' }]);
    expect((await clock.drive(clob.getSpreads(['1']))).get('1')).toBe(20_000);
    const prices = await clock.drive(
      clob.getPrices([
        { tokenId: '1', side: 'BUY' },
        { tokenId: '1', side: 'SELL' },
      ]),
    );
    expect(prices.get('1')).toEqual({ buy: 440_000, sell: 460_000 });
    expect(await clock.drive(clob.getLastTrades(['1']))).toEqual([
      { tokenId: '1', price: 450_000, side: 'SELL' },
    ]);
  });

  it('reads tick size, neg-risk and compact market info (cached), and prices history', async () => {
    const { http, calls, clock } = routedHttp(({ path }) => {
      if (path === '/tick-size') return { body: { minimum_tick_size: 0.001 } };
      if (path === '/neg-risk') return { body: { neg_risk: true } };
      if (path === '/prices-history') return { body: fixture('clob-prices-history.ra1nty.json') };
      return {
        body: {
          c: '0xc',
          t: [{ t: '1', o: 'Yes' }],
          mts: 0.01,
          mos: 5,
          nr: false,
          fd: { r: 0.07, e: 1, to: true },
        },
      };
    });
    const clob = new ClobReads(http);
    expect(await clock.drive(clob.getTickSize('1'))).toBe(1_000);
    expect(await clock.drive(clob.getTickSize('1'))).toBe(1_000);
    expect(await clock.drive(clob.getNegRisk('1'))).toBe(true);
    expect((await clock.drive(clob.getMarketInfo('0xc'))).fee).toEqual({
      rate: 0.07,
      exponent: 1,
      takerOnly: true,
    });
    await clock.drive(clob.getPricesHistory({ tokenId: '1', interval: '1d', fidelityMinutes: 60 }));
    const history = await clock.drive(clob.getPricesHistory({ tokenId: '1', startTs: 100, endTs: 200 }));
    expect(history).toHaveLength(4);
    expect(calls.map((c) => `${c.path}?${c.query}`)).toEqual([
      '/tick-size?token_id=1',
      '/neg-risk?token_id=1',
      '/clob-markets/0xc?',
      '/prices-history?market=1&interval=1d&fidelity=60',
      '/prices-history?market=1&startTs=100&endTs=200',
    ]);
  });
});

describe('DataApiClient', () => {
  it('sends trade filters as the Data API expects and pages by offset', async () => {
    const rows = fixture('data-api-trades.trader_evaluator.json') as unknown[];
    const { http, calls, clock } = routedHttp(({ query }) => ({
      body: Number(query.get('offset')) === 0 ? rows : rows.slice(0, 1),
    }));
    const data = new DataApiClient(http);
    const pages: number[] = [];
    const gen = data.tradePages(
      { markets: ['0xa', '0xb'], filter: { type: 'CASH', amount: 500 } },
      rows.length,
    );
    await clock.drive(
      (async () => {
        for await (const page of gen) pages.push(page.rows.length);
      })(),
    );
    expect(pages).toEqual([rows.length, 1]);
    expect(calls[0]?.query.toString()).toBe(
      `market=0xa%2C0xb&filterType=CASH&filterAmount=500&limit=${rows.length}&offset=0`,
    );
  });

  it('reads positions, activity, holders and leaderboard', async () => {
    const { http, calls, clock } = routedHttp(({ path }) => {
      if (path === '/positions') return { body: fixture('data-api-positions.polywatch.json') };
      if (path === '/activity') return { body: fixture('data-api-activity.polywatch.json') };
      if (path === '/holders')
        return { body: [{ token: '1', holders: [{ proxyWallet: '0x1', amount: 3 }] }] };
      return { body: [{ rank: '1', proxyWallet: '0x9', vol: 10, pnl: 2 }] };
    });
    const data = new DataApiClient(http);
    expect((await clock.drive(data.getPositions({ user: '0xu', sizeThreshold: 1 }))).rejected).toEqual([]);
    expect(
      (await clock.drive(data.getActivity({ user: '0xu', type: ['TRADE', 'REDEEM'] }))).rows.length,
    ).toBeGreaterThan(0);
    expect((await clock.drive(data.getHolders({ markets: ['0xm'] })))[0]?.holders[0]?.amount).toBe(3_000_000);
    expect(
      (await clock.drive(data.getLeaderboard({ timePeriod: 'WEEK', orderBy: 'PNL' }))).rows[0]?.rank,
    ).toBe(1);
    expect(calls.map((c) => `${c.path}?${c.query}`)).toEqual([
      '/positions?user=0xu&sizeThreshold=1',
      '/activity?user=0xu&type=TRADE%2CREDEEM',
      '/holders?market=0xm',
      '/v1/leaderboard?timePeriod=WEEK&orderBy=PNL',
    ]);
  });

  it('a non-array body is an invalid_payload error', async () => {
    const { http, clock } = routedHttp(() => ({ body: { error: 'x' } }));
    await expect(clock.drive(new DataApiClient(http).getTrades())).rejects.toMatchObject({
      code: 'invalid_payload',
    });
  });
});
