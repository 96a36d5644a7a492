import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestMetric } from '../../../lib/adapters/polymarket/http/request-metric';
import {
  createPolymarketClients,
  type PolymarketClients,
} from '../../../lib/adapters/polymarket/polymarket-clients';
import type { Market } from '../../../lib/core/model/market';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

/**
 * Contract tests: every read client against the local fake Polymarket, which serves payloads shaped
 * exactly like the recorded fixtures (the clients are also tested on the fixtures themselves).
 */
let fake: FakePolymarket;
let clients: PolymarketClients;
const metrics: RequestMetric[] = [];
let markets: Market[];

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 7, startTimeMs: Date.UTC(2026, 5, 1) });
  clients = createPolymarketClients({
    endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
    onRequest: (m) => metrics.push(m),
  });
  const page = await clients.gamma.listMarkets({ active: true, closed: false }, { limit: 50 });
  markets = page.flatMap((p) => (p.ok ? [p.market] : []));
});
afterAll(() => fake.close());

const first = () => {
  const market = markets[0];
  if (!market) throw new Error('no market from the fake');
  return market;
};

describe('Gamma client against the fake', () => {
  it('lists active markets with offset pages and decodes them', async () => {
    expect(markets.length).toBeGreaterThan(20);
    for (const m of markets) {
      expect(m.yes.tokenId).toMatch(/^\d+$/);
      expect(m.no.tokenId).not.toBe(m.yes.tokenId);
      expect(m.yes.price + m.no.price).toBeGreaterThan(900_000);
    }
  });

  it('pages the keyset endpoint to the end, seeing every market once', async () => {
    const seen = new Set<string>();
    for await (const page of clients.gamma.marketKeysetPages({}, { pageSize: 25 })) {
      for (const p of page) seen.add(p.ok ? p.market.id : (p.id ?? 'unparsed'));
    }
    // No `closed` filter means closed=false on Gamma: every open market, once.
    expect(seen.size).toBe(fake.state.markets.filter((m) => !m.closed).length);
  });

  it('fetches one market by id, by slug and by condition id', async () => {
    const m = first();
    for (const found of [
      await clients.gamma.getMarketById(m.id),
      await clients.gamma.getMarketBySlug(m.slug),
      await clients.gamma.getMarketByConditionId(m.conditionId),
    ]) {
      expect(found?.ok && found.market.id).toBe(m.id);
    }
    expect(await clients.gamma.getMarketById('999999999')).toBeNull();
  });

  it('searches events', async () => {
    const word =
      first()
        .question.split(' ')
        .find((w) => w.length > 4) ?? 'Will';
    const result = await clients.gamma.search(word);
    expect(result.events.length).toBeGreaterThan(0);
  });
});

describe('CLOB reads against the fake', () => {
  it('reads one book and a batch of books, best price first', async () => {
    const m = first();
    const single = await clients.clob.getBook(m.yes.tokenId);
    const [batchYes, batchNo] = await clients.clob.getBooks([m.yes.tokenId, m.no.tokenId]);
    expect(batchYes?.bids).toEqual(single.bids);
    for (const book of [single, batchYes, batchNo]) {
      const bids = book?.bids ?? [];
      const asks = book?.asks ?? [];
      expect(bids.length).toBeGreaterThan(0);
      expect(bids.every((l, i) => i === 0 || (bids[i - 1]?.price ?? 0) > l.price)).toBe(true);
      expect(asks.every((l, i) => i === 0 || (asks[i - 1]?.price ?? 0) < l.price)).toBe(true);
      expect((bids[0]?.price ?? 0) < (asks[0]?.price ?? 0)).toBe(true);
    }
  });

  it("reads 100 positions' books in one or two requests", async () => {
    const tokens = markets.slice(0, 50).flatMap((m) => [m.yes.tokenId, m.no.tokenId]);
    metrics.length = 0;
    const books = await clients.clob.getBooks(tokens);
    expect(books).toHaveLength(100);
    expect(metrics.filter((m) => m.endpoint === '/books').length).toBeLessThanOrEqual(2);
  });

  it('reads midpoints, spreads, last trades, tick size and neg-risk', async () => {
    const m = first();
    const mids = await clients.clob.getMidpoints([m.yes.tokenId]);
    expect(mids.get(m.yes.tokenId)).toBeGreaterThan(0);
    const spreads = await clients.clob.getSpreads([m.yes.tokenId]);
    expect(spreads.get(m.yes.tokenId)).toBeGreaterThanOrEqual(0);
    expect(await clients.clob.getTickSize(m.yes.tokenId)).toBe(m.tickSize);
    expect(await clients.clob.getNegRisk(m.yes.tokenId)).toBe(m.negRisk);
    await expect(clients.clob.getLastTrades([m.yes.tokenId])).resolves.toBeInstanceOf(Array);
  });

  it('reads the compact market info with fee parameters', async () => {
    const info = await clients.clob.getMarketInfo(first().conditionId);
    expect(info.tokens.map((t) => t.tokenId)).toContain(first().yes.tokenId);
  });

  it('reads price history by interval and by time range', async () => {
    const m = first();
    const byInterval = await clients.clob.getPricesHistory({
      tokenId: m.yes.tokenId,
      interval: '1w',
      fidelityMinutes: 60,
    });
    expect(byInterval.length).toBeGreaterThan(100);
    const endTs = Math.floor(fake.state.nowMs / 1000);
    const byRange = await clients.clob.getPricesHistory({
      tokenId: m.yes.tokenId,
      startTs: endTs - 24 * 3600,
      endTs,
    });
    expect(byRange.length).toBeGreaterThan(10);
    expect(byRange.length).toBeLessThan(byInterval.length);
  });
});

describe('Data API client against the fake', () => {
  it('reads trades by market, and big trades with a cash filter', async () => {
    const all = await clients.data.getTrades({ limit: 500 });
    expect(all.rows.length).toBeGreaterThan(0);
    expect(all.rejected).toEqual([]);
    const conditionId = all.rows[0]?.conditionId ?? '';
    const byMarket = await clients.data.getTrades({ markets: [conditionId], limit: 500 });
    expect(byMarket.rows.every((t) => t.conditionId === conditionId)).toBe(true);
    const big = await clients.data.getTrades({ filter: { type: 'CASH', amount: 1_000 }, limit: 500 });
    // Sizes and prices are micros: size × price / 1e12 is the trade's cash value in dollars.
    expect(big.rows.length).toBeGreaterThan(0);
    expect(big.rows.every((t) => (t.size * t.price) / 1e12 >= 1_000 - 1e-6)).toBe(true);
  });

  it("reads a wallet's activity and positions, and holders of a market", async () => {
    const trades = await clients.data.getTrades({ limit: 50 });
    const wallet = trades.rows[0]?.wallet ?? '';
    expect(wallet).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(wallet).toMatch(/^0x[0-9a-f]{40}$/);
    const activity = await clients.data.getActivity({ user: wallet, limit: 50 });
    expect(activity.rejected).toEqual([]);
    const positions = await clients.data.getPositions({ user: wallet });
    expect(positions.rejected).toEqual([]);
    const holders = await clients.data.getHolders({ markets: [first().conditionId] });
    expect(holders).toBeInstanceOf(Array);
  });
});

describe('health metrics of every request', () => {
  it('reports host, route template, status and latency, never a full URL', () => {
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics) {
      expect(m.endpoint.startsWith('/')).toBe(true);
      expect(m.endpoint).not.toContain('?');
      expect(m.host).toMatch(/^127\.0\.0\.1(:\d+)?$/);
      expect(m.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });
});
