import { describe, expect, it } from 'vitest';
import {
  emptyHistoryFilter,
  filterTrades,
  tradeTotals,
} from '../../../components/dashboard/history/history-filter';
import { scannerRows } from '../../../components/dashboard/scanner/scanner-table';
import { matchesText, nextSort, sortRows } from '../../../components/dashboard/table-sort';
import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import { trade } from './trade-factory';

function opp(id: string, over: Partial<OpportunityRow>): OpportunityRow {
  const f = { raw: 1, normalised: 0.5, weight: 0.25, missing: false };
  return {
    id,
    marketId: id,
    marketName: id,
    slug: id,
    eventSlug: null,
    conditionId: id,
    score: 5,
    liquidity: 0,
    volume24h: 0,
    whaleActivityScore: 0,
    newsRelevanceScore: 0,
    volatilityScore: 0,
    liquidityScore: 0,
    factors: { liquidity: f, volatility: f, whales: f, news: f },
    missing: [],
    midYes: 500_000,
    midNo: 500_000,
    endTime: null,
    detectedAt: 0,
    scanId: 's',
    ...over,
  };
}

describe('sorting', () => {
  it('sorts both ways, keeps ties stable and nulls last', () => {
    const rows = [{ v: 2 }, { v: null }, { v: 1 }, { v: 2, tie: true }];
    expect(sortRows(rows, (r) => r.v, 'asc')).toEqual([{ v: 1 }, { v: 2 }, { v: 2, tie: true }, { v: null }]);
    expect(sortRows(rows, (r) => r.v, 'desc')).toEqual([
      { v: 2 },
      { v: 2, tie: true },
      { v: 1 },
      { v: null },
    ]);
  });
  it('flips the direction on the same header and starts descending on a new one', () => {
    expect(nextSort({ key: 'a', dir: 'desc' }, 'a')).toEqual({ key: 'a', dir: 'asc' });
    expect(nextSort<'a' | 'b'>({ key: 'a', dir: 'asc' }, 'b')).toEqual({ key: 'b', dir: 'desc' });
  });
  it('matches text without case or accents', () => {
    expect(matchesText('Élection présidentielle', 'election PRES')).toBe(true);
    expect(matchesText('Fed', 'ecb')).toBe(false);
  });
});

describe('scanner table', () => {
  const rows = [
    opp('fed', { marketName: 'Fed cut', score: 9, liquidity: 10 }),
    opp('btc', { marketName: 'Bitcoin', score: 6, liquidity: 30, missing: ['news'] }),
    opp('ecb', { marketName: 'ECB hike', score: 7, liquidity: 20 }),
  ];
  it('filters by minimum score, text and complete data', () => {
    const sort = { key: 'score', dir: 'desc' } as const;
    expect(
      scannerRows(rows, { query: '', minScore: 7, completeOnly: false, venue: 'all' as const }, sort).map(
        (r) => r.id,
      ),
    ).toEqual(['fed', 'ecb']);
    expect(
      scannerRows(rows, { query: 'bit', minScore: 1, completeOnly: false, venue: 'all' as const }, sort).map(
        (r) => r.id,
      ),
    ).toEqual(['btc']);
    expect(
      scannerRows(rows, { query: '', minScore: 1, completeOnly: true, venue: 'all' as const }, sort),
    ).toHaveLength(2);
  });
  it('filters by venue, and a row without one is Polymarket', () => {
    const sort = { key: 'score', dir: 'desc' } as const;
    const mixed = [...rows, opp('kx', { marketName: 'Rain in NYC', score: 8, venue: 'kalshi' })];
    const only = (venue: 'polymarket' | 'kalshi') =>
      scannerRows(mixed, { query: '', minScore: 1, completeOnly: false, venue }, sort).map((r) => r.id);
    expect(only('kalshi')).toEqual(['kx']);
    expect(only('polymarket')).toEqual(['fed', 'ecb', 'btc']);
  });
  it('sorts by any column', () => {
    const all = { query: '', minScore: 1, completeOnly: false, venue: 'all' as const };
    expect(scannerRows(rows, all, { key: 'liquidity', dir: 'desc' }).map((r) => r.id)).toEqual([
      'btc',
      'ecb',
      'fed',
    ]);
    expect(scannerRows(rows, all, { key: 'market', dir: 'asc' }).map((r) => r.id)).toEqual([
      'btc',
      'ecb',
      'fed',
    ]);
  });
});

describe('history filter and totals', () => {
  const trades = [
    trade({ id: '1', executedAt: 100, side: 'yes', action: 'buy', amount: 50_000_000, fee: 500_000 }),
    trade({
      id: '2',
      executedAt: 200,
      side: 'no',
      action: 'sell',
      amount: 20_000_000,
      fee: 200_000,
      mode: 'live',
    }),
    trade({ id: '3', executedAt: 300, status: 'failed', amount: 0, fee: 0, marketName: 'Élection' }),
  ];
  it('filters by date range, side, action, status, mode and market', () => {
    const ids = (f: Partial<typeof emptyHistoryFilter>) =>
      filterTrades(trades, { ...emptyHistoryFilter, ...f }).map((t) => t.id);
    expect(ids({ from: 150, to: 300 })).toEqual(['2', '3']);
    expect(ids({ side: 'no' })).toEqual(['2']);
    expect(ids({ action: 'buy' })).toEqual(['1', '3']);
    expect(ids({ status: 'failed' })).toEqual(['3']);
    expect(ids({ mode: 'live' })).toEqual(['2']);
    expect(ids({ market: 'election' })).toEqual(['3']);
  });
  it('totals buys, sells and fees of filled trades and counts failures', () => {
    expect(tradeTotals(trades)).toEqual({
      count: 3,
      bought: 50_000_000,
      sold: 20_000_000,
      fees: 700_000,
      failed: 1,
    });
  });
});

describe('health stats', () => {
  it('computes nearest-rank percentiles', async () => {
    const { percentile } = await import('../../../components/dashboard/health/health-stats');
    expect(percentile([], 50)).toBeNull();
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 95)).toBe(100);
  });
  it('rates liquidations that filled', async () => {
    const { liquidationSuccess } = await import('../../../components/dashboard/health/health-stats');
    expect(liquidationSuccess([trade({ reason: 'entry' })])).toEqual({ rate: null, attempts: 0 });
    expect(
      liquidationSuccess([
        trade({ reason: 'liquidation' }),
        trade({ reason: 'liquidation', status: 'failed' }),
      ]),
    ).toEqual({ rate: 0.5, attempts: 2 });
  });
});
