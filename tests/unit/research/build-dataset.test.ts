import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { buildDataset, type DatasetSources } from '../../../lib/app/research/build-dataset';
import { mergeSeries } from '../../../lib/app/research/merge-series';
import { recordSnapshots } from '../../../lib/app/research/record-snapshots';
import { marketRecord } from '../../../lib/core/backtest/market-record';
import type { Market } from '../../../lib/core/model/market';
import type { OrderBook } from '../../../lib/core/model/order-book';

const dbs: EquilibrageDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
function store(): Store {
  const db = new EquilibrageDatabase(`build-dataset-${Math.random()}`);
  dbs.push(db);
  return createStore(db, () => 0);
}

const T = 1_767_225_600_000;
function market(id: string, resolvedOutcome: 0 | 1 | null): Market {
  const base = marketRecord({
    id,
    question: `${id}?`,
    yesTokenId: `${id}-y`,
    noTokenId: `${id}-n`,
    feeRate: 0.04,
    tickSize: 10_000,
    endTime: T + 7_200_000,
    index: 0,
  });
  return { ...base, closed: resolvedOutcome !== null, resolvedOutcome };
}
function book(tokenId: string, bid: number, ask: number): OrderBook {
  return {
    tokenId,
    market: '',
    bids: [{ price: bid, size: 10_000_000 }],
    asks: [{ price: ask, size: 10_000_000 }],
    tickSize: 10_000,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: null,
    timestamp: 0,
    hash: '',
  };
}
const limits = { levels: 20, minIntervalMs: 0, maxAgeMs: 1e12, maxRows: 1e6, pruneEvery: 1e6 };

describe('buildDataset', () => {
  it('merges cached and fresh history with snapshot marks, books, scores and resolutions', async () => {
    const s = store();
    await s.priceHistory.put({
      tokenId: 'm1-y',
      points: [{ t: T / 1000, p: 0.4 }],
      fidelityMinutes: 60,
      fetchedAt: 1,
    });
    await recordSnapshots(
      s,
      [book('m1-y', 480_000, 500_000), book('m1-n', 500_000, 520_000)],
      T + 1_800_000,
      limits,
    );
    const queries: unknown[] = [];
    const sources: DatasetSources = {
      store: s,
      markets: async (ids) => new Map(ids.filter((id) => id !== 'gone').map((id) => [id, market(id, 1)])),
      pricesHistory: async (q) => {
        queries.push(q);
        if (q.tokenId === 'm1-n') throw new Error('down');
        return [
          { time: T, price: 420_000 },
          { time: T + 3_600_000, price: 450_000 },
        ];
      },
    };
    const built = await buildDataset(sources, {
      marketIds: ['m1', 'gone'],
      range: { startMs: T, endMs: T + 3_600_000 },
      fidelityMinutes: 60,
    });
    expect(built.missingMarkets).toEqual(['gone']);
    expect(built.failedHistories).toEqual(['m1-n']);
    expect(built.snapshots).toBe(2);
    expect(queries[0]).toEqual({
      tokenId: 'm1-y',
      fidelityMinutes: 60,
      startTs: T / 1000,
      endTs: T / 1000 + 3600,
    });
    const { dataset } = built;
    // Fresh history wins over the cache at T; the snapshot's midpoint (0.49) is a point at T + 30 min.
    expect(dataset.prices['m1-y']).toEqual([
      { t: T, p: 420_000 },
      { t: T + 1_800_000, p: 490_000 },
      { t: T + 3_600_000, p: 450_000 },
    ]);
    expect(dataset.prices['m1-n']).toEqual([{ t: T + 1_800_000, p: 510_000 }]);
    expect(dataset.books?.['m1-y']).toEqual([
      {
        t: T + 1_800_000,
        bids: [{ price: 480_000, size: 10_000_000 }],
        asks: [{ price: 500_000, size: 10_000_000 }],
      },
    ]);
    expect(dataset.markets).toEqual([
      expect.objectContaining({
        id: 'm1',
        feeRate: 0.04,
        resolution: { outcome: 1, resolvedAt: T + 7_200_000 },
      }),
    ]);
    expect(dataset.scores).toBeUndefined();
  });

  it('works offline from the store alone and keeps open markets unresolved', async () => {
    const s = store();
    await recordSnapshots(s, [book('m2-y', 300_000, 320_000)], T, limits);
    const built = await buildDataset(
      {
        store: s,
        markets: async () => new Map([['m2', market('m2', null)]]),
        pricesHistory: () => Promise.reject(new Error('not called')),
      },
      { marketIds: ['m2'], range: { interval: '1w' }, fidelityMinutes: 60, offline: true },
    );
    expect(built.failedHistories).toEqual([]);
    expect(built.dataset.markets[0]?.resolution).toBeNull();
    expect(built.dataset.prices['m2-y']).toEqual([{ t: T, p: 310_000 }]);
  });

  it('says a Kalshi market is Kalshi’s (the backtest fills it in whole contracts); Polymarket’s say Polymarket’s', async () => {
    const s = store();
    const kalshi: Market = { ...market('kalshi:KXA-26', null), venue: 'kalshi' };
    const built = await buildDataset(
      {
        store: s,
        markets: async () =>
          new Map([
            ['kalshi:KXA-26', kalshi],
            ['m3', market('m3', null)],
          ]),
        pricesHistory: () => Promise.reject(new Error('not called')),
      },
      { marketIds: ['kalshi:KXA-26', 'm3'], range: { interval: '1w' }, fidelityMinutes: 60, offline: true },
    );
    expect(built.dataset.markets.map((m) => [m.id, m.venue])).toEqual([
      ['kalshi:KXA-26', 'kalshi'],
      ['m3', 'polymarket'],
    ]);
  });

  it('mergeSeries keeps one point per time, the later source winning, inside the window', () => {
    expect(
      mergeSeries(
        [
          [
            { t: 1, p: 1 },
            { t: 2, p: 2 },
          ],
          [
            { t: 2, p: 5 },
            { t: 9, p: 9 },
          ],
        ],
        0,
        5,
      ),
    ).toEqual([
      { t: 1, p: 1 },
      { t: 2, p: 5 },
    ]);
  });
});

describe('research.buildDataset handler', () => {
  it('builds the last `days` of the chosen markets up to now', async () => {
    const { createResearchHandlers } = await import('../../../lib/app/research/research-handlers');
    const s = store();
    await recordSnapshots(s, [book('m3-y', 400_000, 420_000)], T - 3_600_000, limits);
    await recordSnapshots(s, [book('m3-y', 600_000, 620_000)], T - 3 * 86_400_000, limits);
    const queries: unknown[] = [];
    const handlers = createResearchHandlers({
      clock: { now: () => T },
      findMarkets: async () => ({ kind: 'not_found' as const, unreadable: [] }),
      sources: {
        store: s,
        markets: async () => new Map([['m3', market('m3', null)]]),
        pricesHistory: async (q) => {
          queries.push(q);
          return [];
        },
      },
    });
    const built = await handlers['research.buildDataset']?.(
      { marketIds: ['m3'], days: 2, fidelityMinutes: 60 },
      { kind: 'extension-page', url: undefined },
    );
    expect(built?.snapshots).toBe(1);
    expect(built?.dataset.prices['m3-y']).toEqual([{ t: T - 3_600_000, p: 410_000 }]);
    expect(queries[0]).toMatchObject({ startTs: (T - 2 * 86_400_000) / 1000, endTs: T / 1000 });
  });
});
