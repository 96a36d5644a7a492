import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { BookSnapshot, Dataset } from '../../../../lib/core/backtest/dataset';
import { effectiveSyntheticSpread, runAssumptions } from '../../../../lib/core/backtest/edge/assumptions';
import { jsonStrategyRun, PLAIN_RUN } from '../../../../lib/core/backtest/edge/json-report';
import {
  jsonReportSchema,
  jsonStrategyRunSchema,
} from '../../../../lib/core/backtest/edge/json-report-schema';
import { tradeFills } from '../../../../lib/core/backtest/edge/trade-fills';
import { DEFAULT_FILL_MODEL } from '../../../../lib/core/backtest/fill-model';
import { toMicros } from '../../../../lib/core/model/money';
import { EXACT_FILL, HOUR, makeMarket, oneMarket, pricesOf, run, T0 } from '../support';

/** Liquidation of NO at h1, take-profit on YES at h3: +30 % on $100 with exact fills. */
const ROWS = [
  [0, 0.5, 0.5],
  [1, 0.65, 0.35],
  [2, 0.66, 0.34],
  [3, 0.95, 0.05],
] as const;

/** A recorded book at each row's price, deep and zero-spread (so the numbers match exact fills). */
function recorded(rows: typeof ROWS, side: 1 | 2): BookSnapshot[] {
  return rows.map((row) => {
    const level = { price: toMicros(row[side]), size: toMicros(1_000_000) };
    return { t: T0 + row[0] * HOUR, bids: [level], asks: [level] };
  });
}

function withBooks(): Dataset {
  const market = makeMarket('m1', { liquidity: 50_000, volume24h: 20_000 });
  return {
    markets: [market],
    prices: pricesOf(market, ROWS),
    books: { 'm1-yes': recorded(ROWS, 1), 'm1-no': recorded(ROWS, 2) },
    scores: { m1: [{ t: T0, score: 9 }] },
  };
}

describe('the assumptions a run states', () => {
  it('the synthetic book quotes its spread setting rounded up to whole ticks', () => {
    const at = (spread: number, tick: number) =>
      effectiveSyntheticSpread({ ...DEFAULT_FILL_MODEL, syntheticSpread: spread }, tick);
    expect(at(0.01, 10_000)).toBeCloseTo(0.01, 12);
    expect(at(0.02, 10_000)).toBeCloseTo(0.02, 12);
    expect(at(0.03, 10_000)).toBeCloseTo(0.03, 12);
    expect(at(0.025, 10_000)).toBeCloseTo(0.03, 12);
    expect(at(0.025, 1_000)).toBeCloseTo(0.025, 12);
  });

  it('a price-only dataset: fills modelled, and it names every rule it cannot check', () => {
    const data = compileDataset(oneMarket(ROWS));
    const a = runAssumptions(data, { book: 0, synthetic: 4 }, DEFAULT_FILL_MODEL);
    expect(a).toEqual({
      bookModel: 'modelled',
      spread: 0.03,
      spreadSetting: 0.03,
      depth: 200,
      notChecked: ['spread', 'depth', 'liquidity', 'volume', 'score_threshold'],
      partlyChecked: [],
    });
  });

  it('recorded books, liquidity, volume and scores: everything checked, nothing modelled', () => {
    const a = runAssumptions(compileDataset(withBooks()), { book: 4, synthetic: 0 }, DEFAULT_FILL_MODEL);
    expect(a).toMatchObject({
      bookModel: 'recorded',
      spread: null,
      depth: null,
      notChecked: [],
      partlyChecked: [],
    });
  });

  it('some markets with books or fields: mixed, partly checked', () => {
    const dataset = withBooks();
    const bare = makeMarket('m2');
    dataset.markets.push(bare);
    Object.assign(dataset.prices, pricesOf(bare, ROWS));
    const a = runAssumptions(compileDataset(dataset), { book: 4, synthetic: 2 }, DEFAULT_FILL_MODEL);
    expect(a.bookModel).toBe('mixed');
    expect(a.notChecked).toEqual([]);
    expect(a.partlyChecked).toEqual(['spread', 'depth', 'liquidity', 'volume', 'score_threshold']);
  });
});

describe('per-trade fill source', () => {
  const data = compileDataset(withBooks());
  const trade = {
    marketIndex: 0,
    sides: ['yes', 'no'] as ('yes' | 'no')[],
    entryTime: T0,
    exitTime: T0 + 3 * HOUR,
    exitReason: 'take_profit' as const,
    liquidatedSide: 'no' as const,
    liquidatedAt: T0 + HOUR,
  };

  it('is "book" when every fill had a fresh recorded snapshot', () => {
    expect(tradeFills(data, trade, HOUR)).toBe('book');
  });

  it('is "modelled" when one fill had only a stale snapshot', () => {
    expect(tradeFills(data, { ...trade, exitTime: T0 + 5 * HOUR }, HOUR)).toBe('modelled');
    // A resolution is a payout, not a fill: the late exit does not count.
    expect(tradeFills(data, { ...trade, exitTime: T0 + 5 * HOUR, exitReason: 'resolution' }, HOUR)).toBe(
      'book',
    );
  });

  it('is "modelled" before the first snapshot', () => {
    expect(tradeFills(data, { ...trade, entryTime: T0 - HOUR }, HOUR)).toBe('modelled');
  });
});

describe('one JSON strategy run', () => {
  it('on recorded books: the trade, its return, its fills and the edge summary', () => {
    const dataset = withBooks();
    const result = run(dataset, { fill: EXACT_FILL });
    expect(result.fills).toEqual({ book: 4, synthetic: 0 });
    const entry = jsonStrategyRun(compileDataset(dataset), result, EXACT_FILL);
    expect(jsonStrategyRunSchema.parse(entry)).toEqual(entry);
    expect(entry.trades).toEqual([
      {
        marketId: 'm1',
        enteredAt: T0,
        exitedAt: T0 + 3 * HOUR,
        exitReason: 'take_profit',
        pnl: 30,
        return: 0.3,
        capital: 100,
        fills: 'book',
      },
    ]);
    expect(entry.summary).toMatchObject({
      trades: 1,
      totalPnl: 30,
      meanTradeReturn: 0.3,
      ci95: [0.3, 0.3],
      verdict: 'inconclusive',
      verdictReason: 'too_few_trades',
      edgeLowerBound: null,
    });
    expect(entry.assumptions.bookModel).toBe('recorded');
    // The trade floor is an option: at 1 trade the same run is a (proven-by-one) positive edge.
    const one = jsonStrategyRun(compileDataset(dataset), result, EXACT_FILL, PLAIN_RUN, { minTrades: 1 });
    expect(one.summary).toMatchObject({ verdict: 'positive', minTrades: 1, edgeLowerBound: 0.3 });
  });

  it('on price-only data the same trade is modelled, and the document validates', () => {
    const dataset = oneMarket(ROWS);
    const data = compileDataset(dataset);
    const entry = jsonStrategyRun(data, run(dataset, { fill: EXACT_FILL }), EXACT_FILL);
    expect(entry.trades.map((t) => t.fills)).toEqual(['modelled']);
    expect(entry.assumptions).toMatchObject({ bookModel: 'modelled', spread: 0, depth: 1_000_000 });
    const doc = {
      format: 'polymarket-equilibrage-backtest-report',
      version: 1,
      mode: 'compare',
      dataset: { markets: 1, pricePoints: data.time.length },
      strategies: [entry],
      optimiser: [],
      walkForward: [],
    };
    expect(jsonReportSchema.safeParse(doc).success).toBe(true);
    expect(jsonReportSchema.safeParse({ ...doc, strategies: [{ ...entry, summary: {} }] }).success).toBe(
      false,
    );
  });
});
