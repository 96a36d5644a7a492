import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import type { BookSnapshot, Dataset } from '../../../../lib/core/backtest/dataset';
import { runAssumptions } from '../../../../lib/core/backtest/edge/assumptions';
import { modelWiderThanMaxSpread } from '../../../../lib/core/backtest/edge/model-spread';
import { DEFAULT_FILL_MODEL } from '../../../../lib/core/backtest/fill-model';
import { toMicros } from '../../../../lib/core/model/money';
import { HOUR, makeMarket, pricesOf, run, T0 } from '../support';

/** Mid 50¢ on both sides, liquidation then take-profit on the price series. */
const ROWS = [
  [0, 0.5, 0.5],
  [1, 0.65, 0.35],
  [2, 0.66, 0.34],
  [3, 0.95, 0.05],
] as const;

/** A recorded book 40¢ wide around 50¢ (30¢ bid, 70¢ ask), deep, every hour. */
function wide(): BookSnapshot[] {
  return ROWS.map(([h]) => ({
    t: T0 + h * HOUR,
    bids: [{ price: toMicros(0.3), size: toMicros(10_000) }],
    asks: [{ price: toMicros(0.7), size: toMicros(10_000) }],
  }));
}

function dataset(withBooks: boolean): Dataset {
  const market = makeMarket('m1');
  return {
    markets: [market],
    prices: pricesOf(market, ROWS),
    ...(withBooks ? { books: { 'm1-yes': wide(), 'm1-no': wide() } } : {}),
  };
}

describe('a wide-spread market', () => {
  it('is not entered when its recorded book is 40¢ wide (the live bot’s 3¢ limit)', () => {
    const result = run(dataset(true), { fill: DEFAULT_FILL_MODEL });
    expect(result.trades).toEqual([]);
    expect(result.fills).toEqual({ book: 0, synthetic: 0 });
  });

  it('on price-only data the same market is entered on the modelled book, and the run says so', () => {
    const data = dataset(false);
    const result = run(data, { fill: DEFAULT_FILL_MODEL });
    expect(result.trades).toHaveLength(1);
    const a = runAssumptions(compileDataset(data), result.fills, DEFAULT_FILL_MODEL);
    expect(a).toMatchObject({ bookModel: 'modelled', spread: 0.03, depth: 200 });
    expect(a.notChecked).toContain('spread');
  });

  it('on price-only data a book model wider than maxSpread is refused by the spread rule', () => {
    // The same market on a 4¢ model: the live 3¢ limit refuses it; at 3¢ (the limit) it is entered.
    const wider = { ...DEFAULT_FILL_MODEL, syntheticSpread: 0.04 };
    expect(run(dataset(false), { fill: wider }).trades).toEqual([]);
    expect(run(dataset(false), { fill: wider, params: { maxSpread: 0.04 } }).trades).toHaveLength(1);
    expect(run(dataset(false), { fill: DEFAULT_FILL_MODEL, params: { maxSpread: 0.02 } }).trades).toEqual([]);
  });

  it('a recorded book within maxSpread is entered: the refusal above is the spread rule', () => {
    expect(run(dataset(true), { fill: DEFAULT_FILL_MODEL, params: { maxSpread: 0.4 } }).trades).toHaveLength(
      1,
    );
  });
});

describe('a book model wider than maxSpread', () => {
  it('is flagged, so a run without a trade says why', () => {
    const modelled = { bookModel: 'modelled' as const, spread: 0.04 };
    expect(modelWiderThanMaxSpread(modelled, { maxSpread: 0.03 })).toBe(true);
    expect(modelWiderThanMaxSpread({ ...modelled, spread: 0.03 }, { maxSpread: 0.03 })).toBe(false);
    expect(modelWiderThanMaxSpread({ bookModel: 'recorded', spread: null }, { maxSpread: 0.01 })).toBe(false);
  });
});
