import { describe, expect, it } from 'vitest';
import { kalshiV2Terms } from '../../../lib/core/venues/kalshi/order-terms';

const WHOLE = 1_000_000;

describe("an outcome order on Kalshi's single YES-leg book (V2)", () => {
  it('maps buy/sell YES/NO to side and YES price as Kalshi documents', () => {
    const at = (outcome: 'yes' | 'no', action: 'buy' | 'sell') =>
      kalshiV2Terms({ outcome, action, limitPrice: 560_000, amount: 10_000_000, countStep: WHOLE });
    expect(at('yes', 'buy')).toMatchObject({ side: 'bid', price: 560_000, reduceOnly: false });
    expect(at('yes', 'sell')).toMatchObject({ side: 'ask', price: 560_000, reduceOnly: true });
    expect(at('no', 'buy')).toMatchObject({ side: 'ask', price: 440_000, reduceOnly: false });
    expect(at('no', 'sell')).toMatchObject({ side: 'bid', price: 440_000, reduceOnly: true });
  });

  it('a buy spends at most its amount: whole contracts, or 0.01 steps on fractional markets', () => {
    const buy = (amount: number, countStep: number) =>
      kalshiV2Terms({ outcome: 'yes', action: 'buy', limitPrice: 600_000, amount, countStep }).count;
    expect(buy(3_100_000, WHOLE)).toBe(5_000_000); // $3.10 / $0.60 = 5.1666…
    expect(buy(3_100_000, 10_000)).toBe(5_160_000);
    expect(buy(500_000, WHOLE)).toBe(0);
    // a sale sells shares, rounded down to the step
    expect(
      kalshiV2Terms({
        outcome: 'no',
        action: 'sell',
        limitPrice: 300_000,
        amount: 2_999_999,
        countStep: WHOLE,
      }).count,
    ).toBe(2_000_000);
  });
});
