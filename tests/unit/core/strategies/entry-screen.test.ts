import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../../../lib/core/backtest/engine';
import { buildReport } from '../../../../lib/core/backtest/report';
import { syntheticDataset } from '../../../../lib/core/backtest/synthetic-dataset';
import type { Market } from '../../../../lib/core/model/market';
import { preFilterMarket } from '../../../../lib/core/rules/eligibility';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { entryScreen } from '../../../../lib/core/strategies/entry-screen';
import { createStrategy, STRATEGY_NAMES } from '../../../../lib/core/strategies/registry';
import type { Strategy } from '../../../../lib/core/strategies/strategy';
import { DAY, HOUR, makeMarket, NOW } from '../support/markets';

const params = { ...DEFAULT_STRATEGY_PARAMS, minHoursToEnd: 24, maxDaysToEnd: 90, opportunityThreshold: 0.5 };

const MARKETS: Market[] = [
  makeMarket({ endTime: NOW + 10 * DAY }),
  makeMarket({ endTime: NOW + 24 * HOUR }), // exactly at the minimum: eligible
  makeMarket({ endTime: NOW + 24 * HOUR - 1 }), // a millisecond short
  makeMarket({ endTime: NOW + 90 * DAY }), // exactly at the maximum: eligible
  makeMarket({ endTime: NOW + 90 * DAY + 1 }),
  makeMarket({ endTime: NOW - HOUR }), // already ended
  makeMarket({ endTime: null }),
  makeMarket({ closed: true, endTime: NOW + 10 * DAY }),
  makeMarket({ liquidity: 1, endTime: NOW + 10 * DAY }),
  makeMarket({ acceptingOrders: false, endTime: NOW + 10 * DAY }),
];

describe('entryScreen (the backtest asks it before building a flat market’s books)', () => {
  it('says yes exactly when the score and the book-free eligibility rules would let the market through', () => {
    const screen = entryScreen(params, MARKETS);
    for (const [m, market] of MARKETS.entries()) {
      for (const now of [NOW, NOW + HOUR, NOW + 30 * DAY, NOW + 200 * DAY]) {
        for (const score of [null, 0.2, 0.5, 0.9]) {
          const expected =
            (score === null || score >= params.opportunityThreshold) &&
            preFilterMarket(market, params, now).eligible;
          expect(screen(m, now, score), `market ${m} at +${(now - NOW) / HOUR} h, score ${score}`).toBe(
            expected,
          );
        }
      }
    }
  });

  it('a run gives the same report with and without it, for every strategy', () => {
    const data = compileDataset(
      syntheticDataset({ markets: 20, spanMs: 200 * DAY, seed: 3, fullSpan: true }),
    );
    // 200 days: every market spends time outside the 90-day end-date window, where the screen says no.
    let trades = 0;
    for (const name of STRATEGY_NAMES) {
      const strategy = createStrategy(name, DEFAULT_STRATEGY_PARAMS);
      expect(strategy.entryScreen).toBeDefined();
      const { entryScreen: _dropped, ...unscreened } = strategy;
      const withScreen = buildReport(runBacktest(data, strategy, DEFAULT_ENGINE_SETTINGS));
      const without = buildReport(runBacktest(data, unscreened as Strategy, DEFAULT_ENGINE_SETTINGS));
      expect(withScreen, name).toEqual(without);
      trades += withScreen.summary.trades;
    }
    expect(trades).toBeGreaterThan(0);
  });
});
