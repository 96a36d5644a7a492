import type { FeeSchedule, Market } from '../../model/market';
import type { Micros } from '../../model/money';
import { type KalshiBidLists, kalshiSides, kalshiTokenId } from './bids-only-book';
import { KALSHI_FEE_STEP, type KalshiFeeSchedule, kalshiFeeRate } from './fees';
import { kalshiQuestion } from './market-question';
import { type KalshiPriceRange, kalshiFinestTick } from './price-grid';

/**
 * A Kalshi market → the core `Market` (kalshi-api.md §3). Pure: the adapter decodes the wire
 * (fixed-point strings → micros, ISO times → epoch ms) and hands these facts over.
 *
 * - Outcomes: YES/NO with token ids `${ticker}:yes` / `${ticker}:no`.
 * - Prices: the YES price is the book's mid when both sides are quoted, else the last trade, else
 *   the quoted mid; NO is 1 − YES.
 * - Tick: the finest step of `price_ranges` (a tapered grid keeps its coarser middle band for
 *   order checks, see price-grid.ts).
 * - Minimum size: one contract, or 0.01 on markets with fractional contracts.
 * - Fees: taker `0.07 × multiplier × C × P × (1 − P)` (exponent 1); `takerOnly` unless the series
 *   charges makers. Kalshi rounds each fill's fee UP to $0.0001 (fees.ts).
 * - Liquidity: Kalshi's `liquidity_dollars` is always "0.0000", so it is the dollar value of the
 *   resting bids of both sides (price × size) when the book is known, else 0.
 * - Volume: Kalshi counts contracts; a contract pays $1, so volume in dollars is contracts × the
 *   YES price (what changed hands, approximately).
 * - Status: `active` trades; `closed`, `determined`, `disputed`, `amended`, `finalized` (and the
 *   filter word `settled`) are closed; `initialized`/`inactive` are neither.
 * - Resolution: `result` yes → outcome 0, no → outcome 1; `scalar`/"" → unresolved.
 */
export interface KalshiMarketFacts {
  ticker: string;
  eventTicker: string;
  marketType: 'binary' | 'scalar';
  title: string;
  subtitle: string;
  yesSubTitle: string;
  noSubTitle: string;
  status: string;
  result: 'yes' | 'no' | 'scalar' | '';
  /** epoch ms */
  closeTime: number;
  yesBid: Micros | null;
  yesAsk: Micros | null;
  lastPrice: Micros | null;
  /** contracts, micros */
  volume: Micros | null;
  volume24h: Micros | null;
  priceRanges: readonly KalshiPriceRange[];
  rulesPrimary: string;
}

export interface KalshiEventFacts {
  eventTicker: string;
  title: string;
  category: string;
}

export interface KalshiMarketContext {
  event?: KalshiEventFacts | null;
  /** The market's bid lists, when read: liquidity and the best prices come from them. */
  book?: KalshiBidLists | null;
  /** The series' fee schedule (the event's override applied); Kalshi's general table when unknown. */
  fees?: KalshiFeeSchedule;
  /** The market trades fractional contracts (0.01 minimum). */
  fractional?: boolean;
}

export const KALSHI_GENERAL_FEES: KalshiFeeSchedule = { feeType: 'quadratic', multiplier: 1 };

const ONE: Micros = 1_000_000;
const CLOSED_STATUSES = new Set(['closed', 'determined', 'disputed', 'amended', 'finalized', 'settled']);

export type KalshiMarketParse =
  | { ok: true; market: Market }
  | { ok: false; id: string | null; reason: string };

/** The core fee schedule of a Kalshi series. */
export function kalshiCoreFee(schedule: KalshiFeeSchedule): FeeSchedule {
  return {
    rate: kalshiFeeRate('taker', schedule),
    exponent: 1,
    takerOnly: kalshiFeeRate('maker', schedule) === 0,
    roundUpTo: KALSHI_FEE_STEP,
  };
}

function bestPrices(
  facts: KalshiMarketFacts,
  book: KalshiBidLists | null | undefined,
): { bid: Micros | null; ask: Micros | null } {
  if (!book) return { bid: facts.yesBid || null, ask: facts.yesAsk || null };
  const yes = kalshiSides(book, 'yes');
  return { bid: yes.bids[0]?.price ?? null, ask: yes.asks[0]?.price ?? null };
}

function yesPrice(bid: Micros | null, ask: Micros | null, last: Micros | null): Micros {
  if (bid !== null && ask !== null) return Math.round((bid + ask) / 2);
  if (last !== null && last > 0) return last;
  return bid ?? ask ?? ONE / 2;
}

/** The dollar value of a market's resting bids on both sides (Kalshi's liquidity, see above). */
export function kalshiBookValue(book: KalshiBidLists | null | undefined): Micros {
  if (!book) return 0;
  let total = 0;
  for (const level of [...book.yesBids, ...book.noBids])
    total += Math.round((level.price * level.size) / ONE);
  return total;
}

const dollarsOf = (contracts: Micros | null, price: Micros): Micros =>
  contracts === null ? 0 : Math.round((contracts * price) / ONE);

/** The core Market of a binary Kalshi market, or why it is left out. */
export function kalshiMarketToCore(
  facts: KalshiMarketFacts,
  context: KalshiMarketContext = {},
): KalshiMarketParse {
  if (facts.marketType !== 'binary')
    return {
      ok: false,
      id: facts.ticker,
      reason: `Kalshi market ${facts.ticker} is ${facts.marketType}: only YES/NO markets are traded here`,
    };
  let tickSize: Micros;
  try {
    tickSize = kalshiFinestTick(facts.priceRanges);
  } catch {
    return { ok: false, id: facts.ticker, reason: `Kalshi market ${facts.ticker} has no price grid` };
  }
  const { bid, ask } = bestPrices(facts, context.book);
  const yes = yesPrice(bid, ask, facts.lastPrice);
  const active = facts.status === 'active';
  const closed = CLOSED_STATUSES.has(facts.status);
  const event = context.event ?? null;
  // Ids stay Kalshi's own here; the Kalshi venue folder qualifies them (venueKey) where they are stored.
  const market: Market = {
    venue: 'kalshi',
    id: facts.ticker,
    conditionId: facts.ticker,
    slug: facts.ticker,
    question: kalshiQuestion(facts.title, facts.yesSubTitle),
    eventId: facts.eventTicker,
    eventSlug: facts.eventTicker,
    eventTitle: event?.title ?? null,
    yes: { tokenId: kalshiTokenId(facts.ticker, 'yes'), label: 'Yes', price: yes },
    no: { tokenId: kalshiTokenId(facts.ticker, 'no'), label: 'No', price: ONE - yes },
    active,
    closed,
    archived: false,
    enableOrderBook: true,
    acceptingOrders: active,
    negRisk: false,
    liquidity: kalshiBookValue(context.book),
    volume24h: dollarsOf(facts.volume24h, yes),
    volume: dollarsOf(facts.volume, yes),
    endTime: facts.closeTime,
    tickSize,
    minOrderSize: context.fractional ? 10_000 : ONE,
    contractStep: context.fractional ? 10_000 : ONE,
    bestBid: bid,
    bestAsk: ask,
    spread: bid !== null && ask !== null ? ask - bid : null,
    lastTradePrice: facts.lastPrice,
    oneHourPriceChange: null,
    oneDayPriceChange: null,
    oneWeekPriceChange: null,
    fee: kalshiCoreFee(context.fees ?? KALSHI_GENERAL_FEES),
    resolvedOutcome: facts.result === 'yes' ? 0 : facts.result === 'no' ? 1 : null,
    tags: event?.category ? [event.category] : [],
    rules: facts.rulesPrimary,
  };
  return { ok: true, market };
}
