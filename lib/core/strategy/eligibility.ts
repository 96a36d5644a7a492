import { spread as bookSpread } from '../model/book-stats';
import { formatCents, formatUsd } from '../model/display';
import type { Market } from '../model/market';
import { toMicros } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { markPrice } from '../model/prices';
import type { StrategyParams } from './params';

/** The eligibility rules of strategy.md, in the order they are checked. */
export type EligibilityRule =
  | 'not_active'
  | 'closed'
  | 'archived'
  | 'order_book_disabled'
  | 'not_accepting_orders'
  | 'not_binary'
  | 'low_liquidity'
  | 'low_volume'
  | 'no_end_date'
  | 'ends_too_soon'
  | 'ends_too_late'
  | 'no_mark_price'
  | 'outside_band'
  | 'one_sided_book'
  | 'spread_too_wide';

export type Eligibility = { eligible: true } | { eligible: false; rule: EligibilityRule; message: string };

const HOUR_MS = 3_600_000;
const ELIGIBLE: Eligibility = { eligible: true };

function reject(rule: EligibilityRule, message: string): Eligibility {
  return { eligible: false, rule, message };
}

function hasTwoTokens(market: Market): boolean {
  const { yes, no } = market;
  return yes.tokenId !== '' && no.tokenId !== '' && yes.tokenId !== no.tokenId;
}

function formatDuration(hours: number): string {
  return hours < 48 ? `${Math.floor(hours)} h` : `${Math.floor(hours / 24)} days`;
}

/**
 * The Gamma-only rules (no order book needed), so the scanner can shortlist before fetching books.
 * Returns the first rule that fails.
 */
export function preFilterMarket(market: Market, params: StrategyParams, now: number): Eligibility {
  if (!market.active) return reject('not_active', 'Market is not active');
  if (market.closed) return reject('closed', 'Market is closed');
  if (market.archived) return reject('archived', 'Market is archived');
  if (!market.enableOrderBook) return reject('order_book_disabled', 'Market has no order book');
  if (!market.acceptingOrders) return reject('not_accepting_orders', 'Market is not accepting orders');
  if (!hasTwoTokens(market)) return reject('not_binary', 'Market does not have exactly two outcome tokens');
  const minLiquidity = toMicros(params.minLiquidity);
  if (market.liquidity < minLiquidity) {
    return reject(
      'low_liquidity',
      `Liquidity ${formatUsd(market.liquidity)} is below your ${formatUsd(minLiquidity)} minimum`,
    );
  }
  const minVolume = toMicros(params.minVolume24h);
  if (market.volume24h < minVolume) {
    return reject(
      'low_volume',
      `24 h volume ${formatUsd(market.volume24h)} is below your ${formatUsd(minVolume)} minimum`,
    );
  }
  if (market.endTime === null) return reject('no_end_date', 'Market has no end date');
  const hoursLeft = (market.endTime - now) / HOUR_MS;
  if (hoursLeft < params.minHoursToEnd) {
    const when = hoursLeft <= 0 ? 'Market has already ended' : `Ends in ${formatDuration(hoursLeft)}`;
    return reject('ends_too_soon', `${when}, sooner than your ${params.minHoursToEnd} h minimum`);
  }
  if (hoursLeft > params.maxDaysToEnd * 24) {
    return reject(
      'ends_too_late',
      `Ends in ${formatDuration(hoursLeft)}, later than your ${params.maxDaysToEnd}-day maximum`,
    );
  }
  return ELIGIBLE;
}

export interface MarketBooks {
  yes: OrderBook;
  no: OrderBook;
}

/** The book rules: YES mark price inside the band, then the spread of each side. */
export function checkBooks(books: MarketBooks, params: StrategyParams): Eligibility {
  const mark = markPrice(books.yes);
  if (mark === null) return reject('no_mark_price', 'YES has no price: empty book and no trades yet');
  const low = toMicros(params.bandLow);
  const high = toMicros(params.bandHigh);
  if (mark < low || mark > high) {
    return reject(
      'outside_band',
      `YES at ${formatCents(mark)} is outside your ${formatCents(low)}–${formatCents(high)} band`,
    );
  }
  const maxSpread = toMicros(params.maxSpread);
  for (const side of ['yes', 'no'] as const satisfies readonly OutcomeSide[]) {
    const book = books[side];
    const width = bookSpread(book);
    const label = side.toUpperCase();
    if (width === null) {
      const missing = book.bids.length === 0 ? 'bids' : 'asks';
      return reject('one_sided_book', `${label} has no ${missing}, so its spread cannot be measured`);
    }
    if (width > maxSpread) {
      return reject(
        'spread_too_wide',
        `Spread ${formatCents(width)} on ${label} is wider than your ${formatCents(maxSpread)} limit`,
      );
    }
  }
  return ELIGIBLE;
}

/** Every rule, Gamma rules first: the full scan verdict for one market. */
export function checkEligibility(
  market: Market,
  books: MarketBooks,
  params: StrategyParams,
  now: number,
): Eligibility {
  const pre = preFilterMarket(market, params, now);
  return pre.eligible ? checkBooks(books, params) : pre;
}
