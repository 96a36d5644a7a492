import type { ErrorText } from '../../errors/app-error';
import { spread as bookSpread } from '../model/book-stats';
import { formatCents, formatUsd } from '../model/display';
import { type Market, supportedProtocol } from '../model/market';
import { toMicros } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { markPrice } from '../model/prices';
import type { StrategyParams } from './params';

/** The eligibility rules of strategy.md, in the order they are checked. */
export type EligibilityRule =
  | 'unsupported_version'
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

/**
 * A verdict. A rejection names its rule, says why in English, and carries the same words' coded form
 * (`text`: a code — the rule, or a variant of it — and the numbers, money and prices in micros) so
 * the UI can say it in its own language.
 */
export type Eligibility =
  | { eligible: true }
  | { eligible: false; rule: EligibilityRule; message: string; text: ErrorText };

type Params = ErrorText['params'];

const HOUR_MS = 3_600_000;
const ELIGIBLE: Eligibility = { eligible: true };

function reject(
  rule: EligibilityRule,
  message: string,
  params: Params = {},
  code: string = rule,
): Eligibility {
  return { eligible: false, rule, message, text: { code, params } };
}

function hasTwoTokens(market: Market): boolean {
  const { yes, no } = market;
  return yes.tokenId !== '' && no.tokenId !== '' && yes.tokenId !== no.tokenId;
}

/** "12 h" or "120 days", and the same as a code suffix and its param ('' + hours, '_days' + days). */
function duration(hours: number): { text: string; suffix: '' | '_days'; params: Params } {
  if (hours < 48) return { text: `${Math.floor(hours)} h`, suffix: '', params: { hours: Math.floor(hours) } };
  const days = Math.floor(hours / 24);
  return { text: `${days} days`, suffix: '_days', params: { days } };
}

/**
 * The Gamma-only rules (no order book needed), so the scanner can shortlist before fetching books.
 * Returns the first rule that fails.
 */
export function preFilterMarket(market: Market, params: StrategyParams, now: number): Eligibility {
  if (!supportedProtocol(market)) {
    const version = market.protocolVersion ?? '';
    const message = `Market uses Polymarket's newer protocol (${version}), which this extension does not trade yet`;
    return reject('unsupported_version', message, { version });
  }
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
      { liquidityUsd: market.liquidity, minUsd: minLiquidity },
    );
  }
  const minVolume = toMicros(params.minVolume24h);
  if (market.volume24h < minVolume) {
    return reject(
      'low_volume',
      `24 h volume ${formatUsd(market.volume24h)} is below your ${formatUsd(minVolume)} minimum`,
      { volumeUsd: market.volume24h, minUsd: minVolume },
    );
  }
  if (market.endTime === null) return reject('no_end_date', 'Market has no end date');
  const hoursLeft = (market.endTime - now) / HOUR_MS;
  if (hoursLeft < params.minHoursToEnd) {
    const minHours = params.minHoursToEnd;
    if (hoursLeft <= 0) {
      const message = `Market has already ended, sooner than your ${minHours} h minimum`;
      return reject('ends_too_soon', message, { minHours }, 'already_ended');
    }
    const left = duration(hoursLeft);
    const message = `Ends in ${left.text}, sooner than your ${minHours} h minimum`;
    return reject('ends_too_soon', message, { ...left.params, minHours }, `ends_too_soon${left.suffix}`);
  }
  if (hoursLeft > params.maxDaysToEnd * 24) {
    const maxDays = params.maxDaysToEnd;
    const left = duration(hoursLeft);
    const message = `Ends in ${left.text}, later than your ${maxDays}-day maximum`;
    return reject('ends_too_late', message, { ...left.params, maxDays }, `ends_too_late${left.suffix}`);
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
      { side: 'yes', markPrice: mark, lowPrice: low, highPrice: high },
    );
  }
  const maxSpread = toMicros(params.maxSpread);
  for (const side of ['yes', 'no'] as const satisfies readonly OutcomeSide[]) {
    const book = books[side];
    const width = bookSpread(book);
    const label = side.toUpperCase();
    if (width === null) {
      const missing = book.bids.length === 0 ? 'bids' : 'asks';
      const message = `${label} has no ${missing}, so its spread cannot be measured`;
      return reject('one_sided_book', message, { side }, `no_${missing}`);
    }
    if (width > maxSpread) {
      return reject(
        'spread_too_wide',
        `Spread ${formatCents(width)} on ${label} is wider than your ${formatCents(maxSpread)} limit`,
        { side, spreadPrice: width, maxSpreadPrice: maxSpread },
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
