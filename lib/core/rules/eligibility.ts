import type { ErrorText } from '../../errors/app-error';
import { spread as bookSpread } from '../model/book-stats';
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
 * A verdict. A rejection names its rule and says why in code and numbers (`text`: a code — the rule,
 * or a variant of it — and the numbers, money and prices in micros): no words are made here, the
 * scanner and the backtester evaluate it for every market at every point. Where a person reads it,
 * the UI says it in its own language and logs use eligibilityMessage (eligibility-text.ts).
 */
export type Eligibility = { eligible: true } | EligibilityRejection;
export type EligibilityRejection = { eligible: false; rule: EligibilityRule; text: ErrorText };

type Params = ErrorText['params'];

const HOUR_MS = 3_600_000;
const ELIGIBLE: Eligibility = { eligible: true };

function reject(rule: EligibilityRule, params: Params = {}, code: string = rule): Eligibility {
  return { eligible: false, rule, text: { code, params } };
}

function hasTwoTokens(market: Market): boolean {
  const { yes, no } = market;
  return yes.tokenId !== '' && no.tokenId !== '' && yes.tokenId !== no.tokenId;
}

type TimeRule = 'ends_too_soon' | 'ends_too_late';

/** The end-date verdicts of one code and limit, by hour or day count. */
interface VerdictTable {
  code: string;
  limit: number;
  byCount: Map<number, Eligibility>;
}

/**
 * End-date verdicts, one frozen object per (code, limit, count) and reused: the backtester asks about
 * every market at every point and the answer only changes when the hour or day count does. The table
 * used last is checked first (a run asks with the same limits throughout).
 */
const verdictTables: VerdictTable[] = [];
let lastTable: VerdictTable | null = null;

function tableFor(code: string, limit: number): VerdictTable {
  if (lastTable !== null && lastTable.code === code && lastTable.limit === limit) return lastTable;
  let table = verdictTables.find((t) => t.code === code && t.limit === limit);
  if (table === undefined) {
    table = { code, limit, byCount: new Map() };
    verdictTables.push(table);
  }
  lastTable = table;
  return table;
}

function timeVerdict(rule: TimeRule, code: string, unit: 'hours' | 'days', count: number, limit: number) {
  const { byCount } = tableFor(code, limit);
  let verdict = byCount.get(count);
  if (verdict === undefined) {
    const name = rule === 'ends_too_soon' ? 'minHours' : 'maxDays';
    const params = Object.freeze({ [unit]: count, [name]: limit });
    verdict = Object.freeze({ eligible: false, rule, text: Object.freeze({ code, params }) });
    byCount.set(count, verdict);
  }
  return verdict;
}

/** Hours left under 48 are counted in hours (code suffix ''), more in whole days ('_days'). */
function leftFor(rule: TimeRule, hours: number, limit: number): Eligibility {
  if (hours < 48) return timeVerdict(rule, rule, 'hours', Math.floor(hours), limit);
  const code = rule === 'ends_too_soon' ? 'ends_too_soon_days' : 'ends_too_late_days';
  return timeVerdict(rule, code, 'days', Math.floor(hours / 24), limit);
}

/**
 * The Gamma rules that do not depend on the clock (protocol, status, tokens, liquidity, volume, an end
 * date): a market's answer is the same at every point of a backtest. Returns the first rule that fails.
 */
export function staticPreFilter(market: Market, params: StrategyParams): Eligibility {
  if (!supportedProtocol(market)) {
    return reject('unsupported_version', { version: market.protocolVersion ?? '' });
  }
  if (!market.active) return reject('not_active');
  if (market.closed) return reject('closed');
  if (market.archived) return reject('archived');
  if (!market.enableOrderBook) return reject('order_book_disabled');
  if (!market.acceptingOrders) return reject('not_accepting_orders');
  if (!hasTwoTokens(market)) return reject('not_binary');
  const minLiquidity = toMicros(params.minLiquidity);
  if (market.liquidity < minLiquidity) {
    return reject('low_liquidity', { liquidityUsd: market.liquidity, minUsd: minLiquidity });
  }
  const minVolume = toMicros(params.minVolume24h);
  if (market.volume24h < minVolume) {
    return reject('low_volume', { volumeUsd: market.volume24h, minUsd: minVolume });
  }
  if (market.endTime === null) return reject('no_end_date');
  return ELIGIBLE;
}

/** Whether `now` is inside the end-date window (the test endDateVerdict words as a rejection). */
export function withinEndWindow(endTime: number, params: StrategyParams, now: number): boolean {
  const hoursLeft = (endTime - now) / HOUR_MS;
  return !(hoursLeft < params.minHoursToEnd) && !(hoursLeft > params.maxDaysToEnd * 24);
}

/** The end-date rules of a market with an end date: at least minHoursToEnd and at most maxDaysToEnd left. */
export function endDateVerdict(endTime: number, params: StrategyParams, now: number): Eligibility {
  const hoursLeft = (endTime - now) / HOUR_MS;
  if (hoursLeft < params.minHoursToEnd) {
    const minHours = params.minHoursToEnd;
    if (hoursLeft <= 0) return reject('ends_too_soon', { minHours }, 'already_ended');
    return leftFor('ends_too_soon', hoursLeft, minHours);
  }
  if (hoursLeft > params.maxDaysToEnd * 24) {
    return leftFor('ends_too_late', hoursLeft, params.maxDaysToEnd);
  }
  return ELIGIBLE;
}

/**
 * The Gamma-only rules (no order book needed), so the scanner can shortlist before fetching books.
 * Returns the first rule that fails.
 */
export function preFilterMarket(market: Market, params: StrategyParams, now: number): Eligibility {
  const fixed = staticPreFilter(market, params);
  if (!fixed.eligible || market.endTime === null) return fixed;
  return endDateVerdict(market.endTime, params, now);
}

export interface MarketBooks {
  yes: OrderBook;
  no: OrderBook;
}

/** The book rules: YES mark price inside the band, then the spread of each side. */
export function checkBooks(books: MarketBooks, params: StrategyParams): Eligibility {
  const mark = markPrice(books.yes);
  if (mark === null) return reject('no_mark_price');
  const low = toMicros(params.bandLow);
  const high = toMicros(params.bandHigh);
  if (mark < low || mark > high) {
    return reject('outside_band', { side: 'yes', markPrice: mark, lowPrice: low, highPrice: high });
  }
  const maxSpread = toMicros(params.maxSpread);
  for (const side of ['yes', 'no'] as const satisfies readonly OutcomeSide[]) {
    const book = books[side];
    const width = bookSpread(book);
    if (width === null) {
      return reject('one_sided_book', { side }, book.bids.length === 0 ? 'no_bids' : 'no_asks');
    }
    if (width > maxSpread) {
      return reject('spread_too_wide', { side, spreadPrice: width, maxSpreadPrice: maxSpread });
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
