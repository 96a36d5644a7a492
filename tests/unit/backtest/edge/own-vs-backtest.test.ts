import { afterAll, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore } from '../../../../lib/adapters/storage/store';
import { recordSnapshots } from '../../../../lib/app/research/record-snapshots';
import { createResearchHandlers } from '../../../../lib/app/research/research-handlers';
import { DEFAULT_EDGE_OPTIONS, type EdgeStats } from '../../../../lib/core/backtest/edge/edge-stats';
import { compareVerdicts, samePeriodRequest } from '../../../../lib/core/backtest/edge/own-vs-backtest';
import { marketRecord } from '../../../../lib/core/backtest/market-record';
import type { OrderBook } from '../../../../lib/core/model/order-book';
import type { PositionRow } from '../../../../lib/core/model/rows/positions';
import { makePosition } from '../../core/support/positions';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

function closed(
  id: string,
  marketId: string,
  entry: number,
  close: number,
  over: Partial<PositionRow> = {},
): PositionRow {
  return {
    ...makePosition({ id, marketId, status: 'closed', entryTime: entry, closedAt: close }),
    yesTokenId: `${marketId}-y`,
    noTokenId: `${marketId}-n`,
    yesLabel: 'Yes',
    noLabel: 'No',
    updatedAt: close,
    strategy: 'balancing',
    ...over,
  };
}

function book(tokenId: string, bid: number, ask: number): OrderBook {
  return {
    tokenId,
    market: '',
    bids: [{ price: bid, size: 50_000_000 }],
    asks: [{ price: ask, size: 50_000_000 }],
    tickSize: 10_000,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: null,
    timestamp: 0,
    hash: '',
  };
}

const db = new EquilibrageDatabase(`own-vs-backtest-${Math.random()}`);
afterAll(() => db.delete());

describe('own positions beside the backtest of the same period', () => {
  const positions = [
    closed('a', 'm1', T0 + 2 * HOUR, T0 + 10 * HOUR),
    closed('b', 'm2', T0 + 5 * HOUR, T0 + 30 * HOUR),
    closed('c', 'm1', T0 + 40 * HOUR, T0 + 50 * HOUR),
    closed('open', 'm3', T0, T0, { status: 'active', closedAt: null }),
  ];

  it('asks for the markets and the period the closed positions span (first entry to last close)', () => {
    expect(samePeriodRequest(positions)).toEqual({
      marketIds: ['m1', 'm2'],
      fromMs: T0 + HOUR,
      toMs: T0 + 51 * HOUR,
      strategies: ['balancing'],
      positions: 3,
    });
    expect(samePeriodRequest([positions[3] as PositionRow])).toBeNull();
  });

  it('builds the backtest dataset from what was recorded in that period only', async () => {
    const store = createStore(db, () => 0);
    const limits = { levels: 20, minIntervalMs: 0, maxAgeMs: 1e12, maxRows: 1e6, pruneEvery: 1e6 };
    // Before, inside and after the period: only the one inside belongs to the same period.
    for (const [t, bid] of [
      [T0 - 5 * HOUR, 300_000],
      [T0 + 20 * HOUR, 480_000],
      [T0 + 60 * HOUR, 700_000],
    ] as const)
      await recordSnapshots(
        store,
        [book('m1-y', bid, bid + 20_000), book('m1-n', 500_000, 520_000)],
        t,
        limits,
      );
    const req = samePeriodRequest(positions);
    if (!req) throw new Error('expected a request');
    const market = (id: string) => ({
      ...marketRecord({
        id,
        question: `${id}?`,
        yesTokenId: `${id}-y`,
        noTokenId: `${id}-n`,
        feeRate: 0.04,
        tickSize: 10_000,
        endTime: null,
        index: 0,
      }),
    });
    const handlers = createResearchHandlers({
      sources: {
        store,
        markets: async (ids) => new Map(ids.map((id) => [id, market(id)])),
        pricesHistory: async () => [],
      },
      findMarkets: async () => ({ kind: 'not_found' as const, unreadable: [] }),
      clock: { now: () => T0 + 1000 * HOUR },
    });
    const built = await handlers['research.buildDataset']?.(
      {
        marketIds: req.marketIds,
        days: 30,
        fidelityMinutes: 60,
        window: { fromMs: req.fromMs, toMs: req.toMs },
      },
      { kind: 'extension-page', url: undefined },
    );
    expect(built?.dataset.markets.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(built?.dataset.prices['m1-y']).toEqual([{ t: T0 + 20 * HOUR, p: 490_000 }]);
    expect(built?.dataset.books?.['m1-y']?.map((b) => b.t)).toEqual([T0 + 20 * HOUR]);
  });

  it('says both agree, disagree, or that the data is too thin to compare', () => {
    const stats = (
      verdict: EdgeStats['verdict'],
      trades: number,
      reason: EdgeStats['reason'] = null,
    ): EdgeStats => ({
      trades,
      minTrades: DEFAULT_EDGE_OPTIONS.minTrades,
      mean: 0,
      ci95: [0, 0],
      verdict,
      reason,
    });
    expect(compareVerdicts(stats('negative', 40), stats('negative', 80))).toBe('agree');
    expect(compareVerdicts(stats('negative', 40), stats('positive', 80))).toBe('disagree');
    expect(compareVerdicts(stats('inconclusive', 40, 'ci_spans_zero'), stats('negative', 80))).toBe(
      'disagree',
    );
    expect(compareVerdicts(stats('inconclusive', 3, 'too_few_trades'), stats('negative', 80))).toBe('thin');
    expect(compareVerdicts(stats('negative', 40), stats('inconclusive', 2, 'too_few_trades'))).toBe('thin');
  });
});
