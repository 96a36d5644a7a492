import { emptyHistoryFilter, filterTrades } from '../../components/dashboard/history/history-filter';
import type { OpportunityRow } from '../../lib/core/model/rows/opportunities';
import type { TradeRow } from '../../lib/core/model/rows/trades';
import { type BenchRow, row } from './support/bench-row';
import { benchStore } from './support/bench-store';

const OPPORTUNITIES = 10_000;
const TRADES = 100_000;
const factor = { raw: 0.5, normalised: 0.5, weight: 0.25, missing: false };

function opportunity(i: number, scanId: string): OpportunityRow {
  return {
    id: `opp-${i}`,
    marketId: `m-${i}`,
    marketName: `Market ${i}`,
    slug: `market-${i}`,
    eventSlug: null,
    conditionId: `0x${i.toString(16).padStart(64, '0')}`,
    score: 1 + (i % 10),
    liquidity: 50_000_000_000,
    volume24h: 10_000_000_000,
    whaleActivityScore: 0.5,
    newsRelevanceScore: 0.5,
    volatilityScore: 0.5,
    liquidityScore: 0.5,
    factors: { liquidity: factor, volatility: factor, whales: factor, news: factor },
    missing: [],
    midYes: 500_000,
    midNo: 500_000,
    endTime: 1_800_000_000_000,
    detectedAt: 1_780_000_000_000,
    scanId,
  };
}

function trade(i: number): TradeRow {
  return {
    id: `t-${i}`,
    positionId: `p-${Math.floor(i / 4)}`,
    marketId: `m-${i % 500}`,
    marketName: `Will team ${i % 500} win the final?`,
    intentId: `i-${i}`,
    side: i % 2 === 0 ? 'yes' : 'no',
    action: i % 4 < 2 ? 'buy' : 'sell',
    reason: i % 4 < 2 ? 'entry' : 'liquidation',
    price: 500_000,
    amount: 49_000_000,
    shares: 98_000_000,
    fee: 980_000,
    transactionHash: null,
    orderId: null,
    status: i % 50 === 0 ? 'failed' : 'filled',
    error: null,
    mode: i % 3 === 0 ? 'live' : 'paper',
    executedAt: 1_750_000_000_000 + i * 60_000,
  };
}

/** Dexie repositories on fake-indexeddb (Node): bulk upsert and the history view's query + filter. */
export async function storeBench(): Promise<BenchRow[]> {
  const { db, store } = await benchStore(() => 0);
  const first = Array.from({ length: OPPORTUNITIES }, (_, i) => opportunity(i, 's1'));
  let t = performance.now();
  await store.opportunities.upsertMany(first);
  const insertMs = performance.now() - t;
  const second = Array.from({ length: OPPORTUNITIES }, (_, i) => opportunity(i, 's2'));
  t = performance.now();
  await store.opportunities.upsertMany(second);
  const updateMs = performance.now() - t;
  t = performance.now();
  await db.opportunities
    .where('marketId')
    .anyOf(second.map((r) => r.marketId))
    .toArray();
  const lookupMs = performance.now() - t;

  await db.trades.bulkPut(Array.from({ length: TRADES }, (_, i) => trade(i)));
  const from = 1_750_000_000_000 + 20_000 * 60_000;
  const to = from + 40_000 * 60_000;
  t = performance.now();
  const ranged = await store.trades.list({ from, to });
  const shown = filterTrades(ranged, {
    ...emptyHistoryFilter,
    market: 'team 42',
    side: 'yes',
    mode: 'paper',
  });
  const queryMs = performance.now() - t;
  t = performance.now();
  const all = await store.trades.list();
  const allShown = filterTrades(all, { ...emptyHistoryFilter, action: 'sell', status: 'filled' });
  const fullMs = performance.now() - t;
  await db.delete();
  const how =
    'fake-indexeddb 6 in Node (a real browser IndexedDB is typically faster; Chromium not measured)';
  return [
    row(
      'store',
      `upsert ${OPPORTUNITIES.toLocaleString('en-US')} opportunities (new)`,
      insertMs,
      'ms',
      `opportunities.upsertMany (zod parse + anyOf lookup + bulkPut), ${how}`,
    ),
    row(
      'store',
      `upsert ${OPPORTUNITIES.toLocaleString('en-US')} opportunities (replace)`,
      updateMs,
      'ms',
      `same rows again from a second scan, ${how}`,
    ),
    row(
      'store',
      '  of which: anyOf lookup of 10,000 market ids',
      lookupMs,
      'ms',
      `the where('marketId').anyOf(…) read upsertMany does first, alone; ${how}`,
    ),
    row(
      'store',
      'history query, range + 3 filters',
      queryMs,
      'ms',
      `trades.list({from,to}) over ${TRADES.toLocaleString('en-US')} trades (${ranged.length} in range) + the History view's filterTrades (text, side, mode) → ${shown.length} rows; ${how}`,
    ),
    row(
      'store',
      'history query, all trades + 2 filters',
      fullMs,
      'ms',
      `trades.list() of all ${all.length.toLocaleString('en-US')} trades + filterTrades (action, status) → ${allShown.length} rows; ${how}`,
    ),
  ];
}
