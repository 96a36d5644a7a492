import { describe, expect, it } from 'vitest';
import { NO_FEE } from '../../../../lib/core/model/fees';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import * as core from '../../../../lib/core/rules/sizing';
import { positionCapital, type SizingInput } from '../../../../lib/core/rules/sizing';
import { sizingMessage } from '../../../../lib/core/rules/sizing-text';
import { fixtureBook, makeBook } from '../support/books';

const params = DEFAULT_STRATEGY_PARAMS;

/** A sizing result with its English words beside a refusal, as a note or a log says it (sizingMessage). */
const planEntry = (input: SizingInput) => {
  const result = core.planEntry(input);
  return result.ok ? result : { ...result, message: sizingMessage(result) };
};
const yesBook = makeBook([[0.49, 100]], [[0.5, 200]], { tokenId: 'yes-token' });
const noBook = makeBook(
  [[0.49, 100]],
  [
    [0.5, 50],
    [0.51, 100],
  ],
  { tokenId: 'no-token' },
);

function input(overrides: Partial<SizingInput> = {}): SizingInput {
  return {
    bankroll: 1_000_000_000,
    freeCollateral: 1_000_000_000,
    books: { yes: yesBook, no: noBook },
    feeRate: NO_FEE,
    params,
    ...overrides,
  };
}

describe('position capital', () => {
  it('is 10 % of the bankroll by default', () => {
    expect(positionCapital(1_000_000_000, 1_000_000_000, params)).toBe(100_000_000);
  });

  it('is capped by free collateral and by maxPositionUsd', () => {
    expect(positionCapital(1_000_000_000, 20_000_000, params)).toBe(20_000_000);
    expect(positionCapital(1_000_000_000, 1_000_000_000, { ...params, maxPositionUsd: 30 })).toBe(30_000_000);
    expect(positionCapital(1_000_000_000, 1_000_000_000, { ...params, capitalAllocationPercent: 25 })).toBe(
      250_000_000,
    );
    expect(positionCapital(1_000_000_000, -5, params)).toBe(0);
  });
});

describe('entry plan', () => {
  it('splits $100 into two $50 legs and prices each at its worst ask level', () => {
    const result = planEntry(input());
    if (!result.ok) throw new Error(result.message);
    const { plan } = result;
    expect(plan.capital).toBe(100_000_000);
    expect(plan.yes).toMatchObject({
      tokenId: 'yes-token',
      budget: 50_000_000,
      bestAsk: 500_000,
      limitPrice: 500_000,
      slippage: 0,
      expectedShares: 100_000_000,
      expectedCost: 50_000_000,
      expectedFee: 0,
      vwap: 500_000,
    });
    expect(plan.yes.order).toEqual({
      side: 'BUY',
      price: 500_000,
      makerAmount: 50_000_000,
      takerAmount: 100_000_000,
    });
    // NO: 50 @ 0.50 = $25, then $25 / 0.51 = 49.019607 shares; exactly 2 % slippage is allowed.
    expect(plan.no).toMatchObject({
      limitPrice: 510_000,
      slippage: 0.02,
      expectedShares: 99_019_607,
      expectedCost: 50_000_000,
      vwap: 504_950,
    });
    // The client guarantees at least $50 / 0.51 = 98.0392 shares.
    expect(plan.no.order.takerAmount).toBe(98_039_200);
    expect(plan.expectedOutlay).toBe(100_000_000);
  });

  it('keeps the taker fee inside each half', () => {
    const books = { yes: yesBook, no: makeBook([], [[0.5, 200]], { tokenId: 'no-token' }) };
    const result = planEntry(input({ books, feeRate: { rate: 0.04, exponent: 1 } }));
    if (!result.ok) throw new Error(result.message);
    // $50 would buy 100 shares + fee 100 × 0.04 × 0.25 = $1 → over; budget becomes $49: 98 shares, fee $0.98.
    expect(result.plan.yes).toMatchObject({
      budget: 49_000_000,
      expectedShares: 98_000_000,
      expectedFee: 980_000,
    });
    expect(result.plan.expectedOutlay).toBe(99_960_000);
  });

  it('refuses when a leg would pay more than 2 % above the best ask', () => {
    const books = {
      yes: yesBook,
      no: makeBook(
        [],
        [
          [0.49, 50],
          [0.5, 100],
        ],
      ),
    };
    expect(planEntry(input({ books }))).toEqual({
      ok: false,
      reason: 'slippage',
      side: 'no',
      message: 'Buying $50 of NO would pay up to 50¢, 2.04% above the best ask 49¢ (limit 2%)',
      params: {
        side: 'no',
        budgetUsd: 50_000_000,
        limitPrice: 500_000,
        slippageRatio: expect.closeTo(0.0204, 4),
        bestPrice: 490_000,
        maxSlippageRatio: 0.02,
      },
    });
  });

  it('refuses the real neg-risk book: $20 reaches 54¢ from a 43¢ best ask', () => {
    const real = fixtureBook('clob-book.negrisk.polywatch.json');
    const result = planEntry(input({ bankroll: 400_000_000, books: { yes: real, no: noBook } }));
    expect(result).toMatchObject({
      ok: false,
      reason: 'slippage',
      side: 'yes',
      message: 'Buying $20 of YES would pay up to 54¢, 25.58% above the best ask 43¢ (limit 2%)',
    });
  });

  it('buys at the 0.001 edge of a real one-sided book (tick 0.001)', () => {
    const btc = fixtureBook('clob-book.btc5m.ra1nty.json');
    const result = planEntry(input({ books: { yes: btc, no: noBook } }));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.yes).toMatchObject({ limitPrice: 1_000, expectedShares: 50_000_000_000 });
    expect(result.plan.yes.order.takerAmount).toBe(50_000_000_000);
  });

  it('refuses a leg below the market minimum order size', () => {
    // $10 bankroll → $1 → $0.50 per leg → 1 share at 0.50 < 5
    expect(planEntry(input({ bankroll: 10_000_000 }))).toEqual({
      ok: false,
      reason: 'below_min_size',
      side: 'yes',
      message: 'YES leg buys 1 shares, below the market minimum of 5',
      params: { side: 'yes', orderShares: 1_000_000, minShares: 5_000_000 },
    });
  });

  it('refuses an empty or too thin ask book', () => {
    const empty = { yes: yesBook, no: makeBook([[0.49, 100]], []) };
    expect(planEntry(input({ books: empty }))).toMatchObject({ reason: 'no_asks', side: 'no' });
    const thin = { yes: makeBook([], [[0.5, 10]]), no: noBook };
    expect(planEntry(input({ books: thin }))).toEqual({
      ok: false,
      reason: 'insufficient_depth',
      side: 'yes',
      message: 'YES asks hold only $5; $50 is needed',
      params: { side: 'yes', depthUsd: 5_000_000, neededUsd: 50_000_000 },
    });
  });

  it('refuses without capital', () => {
    expect(planEntry(input({ freeCollateral: 0 }))).toEqual({
      ok: false,
      reason: 'no_capital',
      side: null,
      message: 'No capital to allot ($0)',
      params: { capitalUsd: 0 },
    });
    // $0.01 of capital cannot be split into two whole-cent legs
    expect(planEntry(input({ freeCollateral: 10_000 }))).toMatchObject({ reason: 'no_capital' });
  });
});
