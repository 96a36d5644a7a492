import { describe, expect, it } from 'vitest';
import * as core from '../../../../lib/core/rules/eligibility';
import { eligibilityMessage } from '../../../../lib/core/rules/eligibility-text';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import { fixtureBook, makeBook } from '../support/books';
import { DAY, HOUR, makeMarket, NOW } from '../support/markets';

const params = DEFAULT_STRATEGY_PARAMS;

/** A verdict with its English words beside it, as the scan stores a rejection (eligibilityMessage). */
const said = (v: core.Eligibility) => (v.eligible ? v : { ...v, message: eligibilityMessage(v) });
const preFilterMarket = (...a: Parameters<typeof core.preFilterMarket>) => said(core.preFilterMarket(...a));
const checkBooks = (...a: Parameters<typeof core.checkBooks>) => said(core.checkBooks(...a));
const checkEligibility = (...a: Parameters<typeof core.checkEligibility>) =>
  said(core.checkEligibility(...a));
const balanced = {
  yes: makeBook([[0.49, 500]], [[0.51, 500]], { lastTradePrice: 500_000 }),
  no: makeBook([[0.49, 500]], [[0.51, 500]], { lastTradePrice: 500_000 }),
};

describe('Gamma pre-filter', () => {
  it('accepts a fixture-shaped market inside every default limit', () => {
    expect(preFilterMarket(makeMarket(), params, NOW)).toEqual({ eligible: true });
  });

  it.each([
    ['not_active', { active: false }, 'Market is not active'],
    ['closed', { closed: true }, 'Market is closed'],
    ['archived', { archived: true }, 'Market is archived'],
    ['order_book_disabled', { enableOrderBook: false }, 'Market has no order book'],
    ['not_accepting_orders', { acceptingOrders: false }, 'Market is not accepting orders'],
    ['no_end_date', { endTime: null }, 'Market has no end date'],
  ] as const)('rejects %s', (rule, overrides, message) => {
    expect(preFilterMarket(makeMarket(overrides), params, NOW)).toEqual({
      eligible: false,
      rule,
      message,
      text: { code: rule, params: {} },
    });
  });

  it('rejects a market without two distinct token ids as not binary', () => {
    const base = makeMarket();
    const sameToken = makeMarket({ no: { ...base.no, tokenId: base.yes.tokenId } });
    const missing = makeMarket({ no: { ...base.no, tokenId: '' } });
    expect(preFilterMarket(sameToken, params, NOW)).toMatchObject({ rule: 'not_binary' });
    expect(preFilterMarket(missing, params, NOW)).toMatchObject({ rule: 'not_binary' });
  });

  it('says how much liquidity is missing, and accepts exactly the minimum', () => {
    expect(preFilterMarket(makeMarket({ liquidity: 8_000_000_000 }), params, NOW)).toEqual({
      eligible: false,
      rule: 'low_liquidity',
      message: 'Liquidity $8,000 is below your $10,000 minimum',
      text: { code: 'low_liquidity', params: { liquidityUsd: 8_000_000_000, minUsd: 10_000_000_000 } },
    });
    expect(preFilterMarket(makeMarket({ liquidity: 10_000_000_000 }), params, NOW).eligible).toBe(true);
  });

  it('rejects the real sports market for its $100 of 24 h volume', () => {
    const real = makeMarket({ volume24h: 99_996_664 }); // volume24hr 99.996664 in the fixture
    expect(preFilterMarket(real, params, NOW)).toEqual({
      eligible: false,
      rule: 'low_volume',
      message: '24 h volume $100.00 is below your $5,000 minimum',
      text: { code: 'low_volume', params: { volumeUsd: 99_996_664, minUsd: 5_000_000_000 } },
    });
    expect(preFilterMarket(makeMarket({ volume24h: 5_000_000_000 }), params, NOW).eligible).toBe(true);
  });

  it('keeps end dates between 24 hours and 90 days, inclusive', () => {
    const at = (endTime: number) => preFilterMarket(makeMarket({ endTime }), params, NOW);
    expect(at(NOW + 12 * HOUR)).toEqual({
      eligible: false,
      rule: 'ends_too_soon',
      message: 'Ends in 12 h, sooner than your 24 h minimum',
      text: { code: 'ends_too_soon', params: { hours: 12, minHours: 24 } },
    });
    expect(at(NOW - HOUR)).toMatchObject({
      rule: 'ends_too_soon',
      message: 'Market has already ended, sooner than your 24 h minimum',
      text: { code: 'already_ended', params: { minHours: 24 } },
    });
    expect(at(NOW + 24 * HOUR).eligible).toBe(true);
    expect(at(NOW + 90 * DAY).eligible).toBe(true);
    expect(at(NOW + 120 * DAY)).toEqual({
      eligible: false,
      rule: 'ends_too_late',
      message: 'Ends in 120 days, later than your 90-day maximum',
      text: { code: 'ends_too_late_days', params: { days: 120, maxDays: 90 } },
    });
  });

  it('names long spans in days in the coded form too', () => {
    const strict = { ...params, minHoursToEnd: 100 };
    expect(preFilterMarket(makeMarket({ endTime: NOW + 72 * HOUR }), strict, NOW)).toMatchObject({
      message: 'Ends in 3 days, sooner than your 100 h minimum',
      text: { code: 'ends_too_soon_days', params: { days: 3, minHours: 100 } },
    });
    const short = { ...params, maxDaysToEnd: 1 };
    expect(preFilterMarket(makeMarket({ endTime: NOW + 30 * HOUR }), short, NOW)).toMatchObject({
      message: 'Ends in 30 h, later than your 1-day maximum',
      text: { code: 'ends_too_late', params: { hours: 30, maxDays: 1 } },
    });
  });

  it('reports only the first failing rule in strategy.md order', () => {
    const everythingWrong = makeMarket({ active: false, closed: true, liquidity: 0, endTime: null });
    expect(preFilterMarket(everythingWrong, params, NOW)).toMatchObject({ rule: 'not_active' });
    const lowBoth = makeMarket({ liquidity: 0, volume24h: 0 });
    expect(preFilterMarket(lowBoth, params, NOW)).toMatchObject({ rule: 'low_liquidity' });
  });

  it('follows the user’s own limits', () => {
    const loose = { ...params, minLiquidity: 1_000, minVolume24h: 50, minHoursToEnd: 1 };
    const small = makeMarket({ liquidity: 2_000_000_000, volume24h: 99_996_664, endTime: NOW + 2 * HOUR });
    expect(preFilterMarket(small, loose, NOW).eligible).toBe(true);
  });
});

describe('book checks', () => {
  it('accepts a balanced pair of tight books', () => {
    expect(checkBooks(balanced, params)).toEqual({ eligible: true });
  });

  it('keeps the YES mark inside [0.35, 0.65], bounds included', () => {
    const yesAt = (bid: number, ask: number) => ({ ...balanced, yes: makeBook([[bid, 100]], [[ask, 100]]) });
    expect(checkBooks(yesAt(0.34, 0.36), params).eligible).toBe(true); // mid 0.35
    expect(checkBooks(yesAt(0.64, 0.66), params).eligible).toBe(true); // mid 0.65
    expect(checkBooks(yesAt(0.71, 0.73), params)).toEqual({
      eligible: false,
      rule: 'outside_band',
      message: 'YES at 72¢ is outside your 35¢–65¢ band',
      text: {
        code: 'outside_band',
        params: { side: 'yes', markPrice: 720_000, lowPrice: 350_000, highPrice: 650_000 },
      },
    });
    expect(checkBooks(yesAt(0.33, 0.35), params)).toMatchObject({ rule: 'outside_band' });
  });

  it('uses the last trade as mark when the spread is wide (real neg-risk book: 0.30/0.43, last 0.43)', () => {
    const books = { yes: fixtureBook('clob-book.negrisk.polywatch.json'), no: balanced.no };
    // Mark 0.43 is in band, but the 13¢ spread then fails.
    expect(checkBooks(books, params)).toEqual({
      eligible: false,
      rule: 'spread_too_wide',
      message: 'Spread 13¢ on YES is wider than your 3¢ limit',
      text: {
        code: 'spread_too_wide',
        params: { side: 'yes', spreadPrice: 130_000, maxSpreadPrice: 30_000 },
      },
    });
  });

  it('rejects a YES side with no price at all', () => {
    expect(checkBooks({ ...balanced, yes: makeBook([], []) }, params)).toMatchObject({
      rule: 'no_mark_price',
    });
  });

  it('checks the spread of each side, 3¢ allowed and 4¢ not', () => {
    const noSpread = (bid: number, ask: number) => ({
      ...balanced,
      no: makeBook([[bid, 100]], [[ask, 100]]),
    });
    expect(checkBooks(noSpread(0.48, 0.51), params).eligible).toBe(true);
    expect(checkBooks(noSpread(0.47, 0.51), params)).toEqual({
      eligible: false,
      rule: 'spread_too_wide',
      message: 'Spread 4¢ on NO is wider than your 3¢ limit',
      text: { code: 'spread_too_wide', params: { side: 'no', spreadPrice: 40_000, maxSpreadPrice: 30_000 } },
    });
  });

  it('rejects a one-sided book and says which side is missing', () => {
    const noBids = { ...balanced, no: makeBook([], [[0.51, 100]], { lastTradePrice: 500_000 }) };
    expect(checkBooks(noBids, params)).toEqual({
      eligible: false,
      rule: 'one_sided_book',
      message: 'NO has no bids, so its spread cannot be measured',
      text: { code: 'no_bids', params: { side: 'no' } },
    });
    const noAsks = { ...balanced, no: makeBook([[0.49, 100]], [], { lastTradePrice: 500_000 }) };
    expect(checkBooks(noAsks, params)).toMatchObject({
      message: 'NO has no asks, so its spread cannot be measured',
      text: { code: 'no_asks', params: { side: 'no' } },
    });
  });
});

describe('full eligibility', () => {
  it('runs the Gamma rules before the book rules', () => {
    const wide = { ...balanced, no: makeBook([[0.4, 1]], [[0.6, 1]]) };
    expect(checkEligibility(makeMarket({ closed: true }), wide, params, NOW)).toMatchObject({
      rule: 'closed',
    });
    expect(checkEligibility(makeMarket(), wide, params, NOW)).toMatchObject({ rule: 'spread_too_wide' });
    expect(checkEligibility(makeMarket(), balanced, params, NOW)).toEqual({ eligible: true });
  });
});
