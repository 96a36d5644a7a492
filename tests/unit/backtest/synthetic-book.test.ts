import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILL_MODEL,
  type FillModelSettings,
  setSyntheticBook,
  syntheticShape,
} from '../../../lib/core/backtest/fill-model';
import { spread } from '../../../lib/core/model/book-stats';
import { toMicros } from '../../../lib/core/model/money';
import { emptyBook } from '../../../lib/core/model/order-book';
import { DEFAULT_STRATEGY_PARAMS } from '../../../lib/core/rules/params';

/** The modelled book around `price` (decimals), as [best bid, best ask, spread] in decimals. */
function quote(price: number, settings: Partial<FillModelSettings> = {}, tick = 10_000) {
  const book = emptyBook('t', { tickSize: tick });
  setSyntheticBook(book, toMicros(price), syntheticShape({ ...DEFAULT_FILL_MODEL, ...settings }), 0);
  const bid = book.bids[0]?.price ?? 0;
  const ask = book.asks[0]?.price ?? 0;
  return { bid: bid / 1e6, ask: ask / 1e6, spread: (spread(book) ?? 0) / 1e6, book };
}

describe('the book model on price-only data', () => {
  it('defaults to a conservative book: 3¢ (the live maxSpread), 200 shares per level', () => {
    expect(DEFAULT_FILL_MODEL.syntheticSpread).toBe(DEFAULT_STRATEGY_PARAMS.maxSpread);
    expect(DEFAULT_FILL_MODEL.syntheticDepthShares).toBe(200);
    const { book } = quote(0.5);
    expect(book.asks.every((l) => l.size === toMicros(200))).toBe(true);
    expect(book.asks).toHaveLength(10);
  });

  it('quotes exactly the spread setting at every price, on or off the tick grid', () => {
    // Ask = p + 1.5¢ rounded up, bid = ask − 3¢.
    expect(quote(0.5)).toMatchObject({ bid: 0.49, ask: 0.52, spread: 0.03 });
    expect(quote(0.505)).toMatchObject({ bid: 0.49, ask: 0.52, spread: 0.03 });
    expect(quote(0.37)).toMatchObject({ bid: 0.36, ask: 0.39, spread: 0.03 });
    // 2¢ on a grid price is symmetric (the old 1¢ setting quoted 1¢ or 2¢ depending on the price).
    expect(quote(0.5, { syntheticSpread: 0.02 })).toMatchObject({ bid: 0.49, ask: 0.51, spread: 0.02 });
    expect(quote(0.505, { syntheticSpread: 0.01 })).toMatchObject({ bid: 0.5, ask: 0.51, spread: 0.01 });
    // A setting between ticks rounds up (never narrower than asked).
    expect(quote(0.5, { syntheticSpread: 0.025 }).spread).toBeCloseTo(0.03, 12);
    expect(quote(0.5, { syntheticSpread: 0.025 }, 1_000).spread).toBeCloseTo(0.025, 12);
  });

  it('keeps its width near 0 and 1 (shifted inside the price range, never narrowed)', () => {
    expect(quote(0.995)).toMatchObject({ bid: 0.96, ask: 0.99, spread: 0.03 });
    expect(quote(0.005)).toMatchObject({ bid: 0.01, ask: 0.04, spread: 0.03 });
  });

  it('walks one level per tick, each the depth setting deep', () => {
    const { book } = quote(0.5, { syntheticDepthShares: 50, syntheticLevels: 3 });
    expect(book.asks.map((l) => [l.price / 1e6, l.size / 1e6])).toEqual([
      [0.52, 50],
      [0.53, 50],
      [0.54, 50],
    ]);
    expect(book.bids.map((l) => l.price / 1e6)).toEqual([0.49, 0.48, 0.47]);
  });
});
