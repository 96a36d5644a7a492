import { describe, expect, it } from 'vitest';
import { fillMarketable } from '../../../../lib/core/backtest/marketable-fill';
import { NO_FEE } from '../../../../lib/core/model/fees';
import {
  acceptedMarketAmount,
  exchangeAcceptsMarketOrder,
} from '../../../../lib/core/model/marketable-amounts';
import { marketOrderAmounts } from '../../../../lib/core/model/order-amounts';
import { TICK_SIZES } from '../../../../lib/core/model/tick';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { sellOrder } from '../../../../lib/core/rules/sell-order';
import { planLeg } from '../../../../lib/core/rules/sizing';
import { makeBook } from '../support/books';

const TICKS = [TICKS_OF('0.1'), TICKS_OF('0.01'), TICKS_OF('0.001'), TICKS_OF('0.0001')];
function TICKS_OF(name: keyof typeof TICK_SIZES) {
  return { name, tick: TICK_SIZES[name] };
}

describe('market order amounts the exchange accepts (maker ≤ 2 decimals, taker ≤ 4)', () => {
  it('the client rounding alone is refused on a 0.001 tick: $9.98 at 0.985 → 10.13197 shares', () => {
    const raw = marketOrderAmounts('BUY', 9_980_000, 985_000, TICK_SIZES['0.001']);
    expect(raw.takerAmount).toBe(10_131_970);
    expect(exchangeAcceptsMarketOrder(raw)).toBe(false);
    const trimmed = acceptedMarketAmount('BUY', 9_980_000, 985_000, TICK_SIZES['0.001']);
    expect(trimmed).toBe(9_890_000);
    expect(marketOrderAmounts('BUY', 9_890_000, 985_000, TICK_SIZES['0.001']).takerAmount % 100).toBe(0);
  });

  it.each(TICKS)(
    'at tick $name every budget and price trims to an accepted order, never above the budget',
    ({ tick }) => {
      for (let budget = 1_000_000; budget <= 60_000_000; budget += 3_170_000) {
        for (let price = tick; price < 1_000_000; price += tick * Math.max(1, Math.floor(97_000 / tick))) {
          for (const side of ['BUY', 'SELL'] as const) {
            const amount = acceptedMarketAmount(side, budget, price, tick);
            if (amount === null) continue;
            expect(amount).toBeLessThanOrEqual(budget);
            expect(amount % 10_000).toBe(0);
            expect(exchangeAcceptsMarketOrder(marketOrderAmounts(side, amount, price, tick))).toBe(true);
          }
        }
      }
    },
  );

  it('on 0.1 and 0.01 ticks nothing is trimmed', () => {
    expect(acceptedMarketAmount('BUY', 12_340_000, 570_000, TICK_SIZES['0.01'])).toBe(12_340_000);
    expect(acceptedMarketAmount('SELL', 12_340_000, 570_000, TICK_SIZES['0.01'])).toBe(12_340_000);
    expect(acceptedMarketAmount('BUY', 7_770_000, 300_000, TICK_SIZES['0.1'])).toBe(7_770_000);
  });

  it('a sell on a 0.0001 tick keeps whole shares; below one share nothing is left to sell', () => {
    expect(acceptedMarketAmount('SELL', 12_345_000, 987_300, TICK_SIZES['0.0001'])).toBe(12_000_000);
    expect(acceptedMarketAmount('SELL', 900_000, 987_300, TICK_SIZES['0.0001'])).toBeNull();
    const book = makeBook([[0.9873, 100]], [[0.9874, 100]], { tickSize: TICK_SIZES['0.0001'] });
    expect(sellOrder('yes', book, 12_345_678, NO_FEE)).toMatchObject({
      shares: 12_000_000,
      limitPrice: 987_300,
    });
    expect(sellOrder('yes', book, 900_000, NO_FEE)).toBeNull();
  });

  it('the shared fill rule (paper, backtest) refuses amounts the exchange would refuse', () => {
    const book = makeBook([[0.98, 100]], [[0.985, 100]], { tickSize: TICK_SIZES['0.001'] });
    expect(fillMarketable(book, 'BUY', 9_980_000, 985_000, NO_FEE)).toEqual({
      ok: false,
      reason: 'amount_precision',
    });
    expect(fillMarketable(book, 'BUY', 9_890_000, 985_000, NO_FEE)).toMatchObject({ ok: true });
  });

  it('sizing trims a leg to an accepted budget, and says why when nothing is left', () => {
    const input = (book: ReturnType<typeof makeBook>) => ({
      bankroll: 0,
      freeCollateral: 0,
      books: { yes: book, no: book },
      feeRate: NO_FEE,
      params: { ...DEFAULT_STRATEGY_PARAMS, maxSlippage: 0.5 },
    });
    const fine = makeBook([[0.98, 100]], [[0.985, 100]], { tickSize: TICK_SIZES['0.001'], minOrderSize: 0 });
    const leg = planLeg('yes', fine, 9_980_000, input(fine));
    expect(leg).toMatchObject({ ok: true, leg: { budget: 9_890_000 } });
    if (leg.ok) expect(exchangeAcceptsMarketOrder(leg.leg.order)).toBe(true);
    const finest = makeBook([[0.98, 100]], [[0.9873, 100]], {
      tickSize: TICK_SIZES['0.0001'],
      minOrderSize: 0,
    });
    expect(planLeg('yes', finest, 50_000, input(finest))).toMatchObject({
      ok: false,
      reason: 'amount_precision',
      side: 'yes',
      params: { budgetUsd: 50_000, limitPrice: 987_300 },
    });
  });
});
