import { describe, expect, it } from 'vitest';
import { type CompiledDataset, compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import type { BookSnapshot, Dataset, Resolution } from '../../../lib/core/backtest/dataset';
import { runBacktestOnView } from '../../../lib/core/backtest/engine';
import { createDatasetView, type DatasetView } from '../../../lib/core/backtest/sanitised-view';
import { syntheticDataset } from '../../../lib/core/backtest/synthetic-dataset';
import { createStrategy } from '../../../lib/core/strategies/registry';
import { HOUR, makeMarket, oneMarket, params, pricesOf, settings, T0 } from './support';

/**
 * Booby-trapped data: every price, book, score and resolution outcome throws if it is read while the
 * view's clock is still before its timestamp. The engine runs through the trapped view; any read of
 * the future (a leak in the view, or an engine that peeks around it) fails the test.
 */
function trap(data: CompiledDataset, clock: () => number): CompiledDataset {
  const guard = (t: number, what: string) => {
    if (clock() < t) throw new Error(`look-ahead: read ${what} at ${t} while the clock is at ${clock()}`);
  };
  const price = new Proxy(data.price, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key))
        guard(data.time[Number(key)] as number, `price #${key}`);
      return Reflect.get(target, key);
    },
  });
  const resolutions = data.resolutions.map((r): Resolution | null =>
    r === null
      ? null
      : {
          resolvedAt: r.resolvedAt,
          get outcome() {
            guard(r.resolvedAt, 'a resolution outcome');
            return r.outcome;
          },
        },
  );
  const books = data.books.map((list) =>
    list === null
      ? null
      : list.map(
          (b): BookSnapshot => ({
            t: b.t,
            get bids() {
              guard(b.t, 'book bids');
              return b.bids;
            },
            get asks() {
              guard(b.t, 'book asks');
              return b.asks;
            },
          }),
        ),
  );
  return { ...data, price, resolutions, books };
}

function trappedView(dataset: Dataset): DatasetView {
  let view: DatasetView | null = null;
  const data = trap(compileDataset(dataset), () => view?.now ?? -Infinity);
  view = createDatasetView(data);
  return view;
}

function withBooksAndResolution(): Dataset {
  const market = makeMarket('m1', { resolution: { outcome: 1, resolvedAt: T0 + 6 * HOUR } });
  const rows = [0, 1, 2, 3, 4, 5, 6].map((h) => [h, 0.5 + 0.02 * h, 0.5 - 0.02 * h] as const);
  const level = (p: number) => [{ price: p, size: 1_000_000_000 }];
  const books = [0, 2, 4, 6].map((h) => ({ t: T0 + h * HOUR, bids: level(480_000), asks: level(500_000) }));
  return { markets: [market], prices: pricesOf(market, rows), books: { 'm1-yes': books } };
}

describe('look-ahead hygiene', () => {
  it('the trap works: reading a future outcome or price throws', () => {
    const view = trappedView(withBooksAndResolution());
    const data = trap(compileDataset(withBooksAndResolution()), () => view.now);
    expect(() => data.resolutions[0]?.outcome).toThrow(/look-ahead/);
    expect(() => data.price[3]).toThrow(/look-ahead/);
  });

  it('the engine never reads a point, book or outcome before its time', () => {
    for (const name of ['balancing', 'momentum', 'mean_reversion'] as const) {
      const strategy = createStrategy(name, params({ takeProfitEnabled: false, stopLossEnabled: false }));
      expect(() =>
        runBacktestOnView(trappedView(withBooksAndResolution()), strategy, settings()),
      ).not.toThrow();
    }
    const synthetic = syntheticDataset({ markets: 8, spanMs: 20 * 24 * HOUR, seed: 3 });
    const strategy = createStrategy('balancing', params());
    const result = runBacktestOnView(trappedView(synthetic), strategy, settings());
    expect(result.pricePoints).toBeGreaterThan(0);
  });

  it('the view hides the resolution and the closed flag until resolvedAt', () => {
    const view = createDatasetView(compileDataset(withBooksAndResolution()));
    const seen: [number, Resolution | null][] = [];
    while (view.advance()) seen.push([(view.now - T0) / HOUR, view.resolution(0)]);
    expect(seen.slice(0, 6).every(([, r]) => r === null)).toBe(true);
    expect(seen[6]).toEqual([6, { outcome: 1, resolvedAt: T0 + 6 * HOUR }]);
  });

  it('decisions up to T do not change when everything after T changes (prefix invariance)', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((h) => [h, 0.5 + 0.05 * h, 0.5 - 0.05 * h] as const);
    const future = rows.map(([h, y, n]) => (h > 3 ? ([h, n, y] as const) : ([h, y, n] as const)));
    const a = oneMarket(rows, { resolution: { outcome: 0, resolvedAt: T0 + 8 * HOUR } });
    const b = oneMarket(future, { resolution: { outcome: 1, resolvedAt: T0 + 8 * HOUR } });
    const options = { params: { takeProfitEnabled: false, stopLossEnabled: false } };
    const upTo = (t: number) => (e: { time: number }) => e.time <= t;
    const ra = runBacktestOnView(
      createDatasetView(compileDataset(a)),
      createStrategy('balancing', params(options.params)),
      settings(),
    );
    const rb = runBacktestOnView(
      createDatasetView(compileDataset(b)),
      createStrategy('balancing', params(options.params)),
      settings(),
    );
    const cut = T0 + 3 * HOUR;
    expect(ra.exits.filter(upTo(cut))).toEqual(rb.exits.filter(upTo(cut)));
    expect(ra.exits.filter(upTo(cut))).toHaveLength(1); // NO liquidated at h3 in both worlds
    expect(ra.equity.filter((p) => p.t <= cut)).toEqual(rb.equity.filter((p) => p.t <= cut));
    expect(ra.trades[0]?.pnl).not.toBe(rb.trades[0]?.pnl);
  });
});
