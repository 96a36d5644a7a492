import { type BookWalk, walkAsksByBudget } from '../model/book-walk';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import { acceptedMarketAmount } from '../model/marketable-amounts';
import { type Micros, roundToStep, scaleMicros, toMicros } from '../model/money';
import { marketOrderAmounts, type OrderAmounts } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { roundPriceToTick } from '../model/tick';
import { planContractLeg } from './contract-leg';
import type { MarketBooks } from './eligibility';
import type { StrategyParams } from './params';

/** One leg of an entry: a marketable fill-or-kill BUY of `budget` collateral capped at `limitPrice`. */
export interface LegPlan {
  side: OutcomeSide;
  tokenId: string;
  /**
   * Collateral the order may spend, in whole cents (market BUY amounts keep 2 decimals). On a venue
   * whose orders count contracts the order buys floor(budget / limitPrice) of them (contract-leg.ts).
   */
  budget: Micros;
  bestAsk: Micros;
  /** Worst ask level the fill reaches, on the tick grid: the order's price. */
  limitPrice: Micros;
  /** (limitPrice − bestAsk) / bestAsk. */
  slippage: number;
  /** What walking the book now says the fill gets. */
  expectedShares: Micros;
  expectedCost: Micros;
  expectedFee: Micros;
  vwap: Micros;
  /** Maker/taker amounts exactly as the CLOB client will build them (Kalshi: count × limit, count). */
  order: OrderAmounts;
}

export interface EntryPlan {
  /** Capital allotted to the position (before rounding each half to cents). */
  capital: Micros;
  /** The legs to buy: both for the balancing entry, one for a single-side strategy (the other null). */
  yes: LegPlan | null;
  no: LegPlan | null;
  /** Expected cost plus expected fees of the legs: never more than `capital`. */
  expectedOutlay: Micros;
}

/** The balancing strategy's 50/50 entry: both legs. */
export interface BalancedPlan extends EntryPlan {
  yes: LegPlan;
  no: LegPlan;
}

export type SizingRejection =
  | 'no_capital'
  | 'no_asks'
  | 'insufficient_depth'
  | 'slippage'
  | 'below_min_size'
  | 'amount_precision'
  | 'spread'
  | 'no_signal';

export type SizingResult<P extends EntryPlan = EntryPlan> =
  | { ok: true; plan: P }
  | {
      ok: false;
      reason: SizingRejection;
      side: OutcomeSide | null;
      /**
       * The refusal's numbers and side (money and prices in micros): the UI says them in its own
       * words, logs in sizingMessage's (sizing-text.ts). No words are made here.
       */
      params?: Record<string, string | number>;
    };

export interface SizingInput {
  /** Free collateral plus the exit value of every open position. */
  bankroll: Micros;
  freeCollateral: Micros;
  books: MarketBooks;
  feeRate: FeeRate;
  params: StrategyParams;
}

const CENT: Micros = 10_000;

/** capitalAllocationPercent of the bankroll, capped by free collateral and maxPositionUsd. */
export function positionCapital(bankroll: Micros, freeCollateral: Micros, params: StrategyParams): Micros {
  const caps = [scaleMicros(bankroll, params.capitalAllocationPercent / 100, 'down'), freeCollateral];
  if (params.maxPositionUsd !== null) caps.push(toMicros(params.maxPositionUsd));
  return Math.max(0, Math.min(...caps));
}

export type LegResult = { ok: true; leg: LegPlan } | Extract<SizingResult, { ok: false }>;

function walkWithFees(book: OrderBook, budget: Micros, feeRate: FeeRate): { walk: BookWalk; fee: Micros } {
  const walk = walkAsksByBudget(book.asks, budget);
  return { walk, fee: takerFeeForFills(walk.fills, feeRate) };
}

/** Plan one BUY leg of `half` collateral against its ask book (also used to retry a leg on a fresh book). */
export function planLeg(side: OutcomeSide, book: OrderBook, half: Micros, input: SizingInput): LegResult {
  const fail = (reason: SizingRejection, params: Record<string, number> = {}): LegResult => ({
    ok: false,
    reason,
    side,
    params: { side, ...params },
  });
  // Venues whose orders count contracts (Kalshi) size the leg in whole contracts.
  if (book.contractStep !== undefined) return planContractLeg(side, book, half, input);
  const best = book.asks[0]?.price;
  if (best === undefined) return fail('no_asks');
  // Keep the taker fee inside the half: shrink the budget by the fee once if needed.
  let budget = half;
  let { walk, fee } = walkWithFees(book, budget, input.feeRate);
  if (walk.notional + fee > half) {
    budget = roundToStep(half - fee, CENT, 'down');
    ({ walk, fee } = walkWithFees(book, budget, input.feeRate));
  }
  if (!walk.filled || walk.worstPrice === null || walk.vwap === null) {
    return fail('insufficient_depth', { depthUsd: walk.notional, neededUsd: budget });
  }
  const limitPrice = roundPriceToTick(walk.worstPrice, book.tickSize, 'up');
  const slippage = (limitPrice - best) / best;
  if (limitPrice > scaleMicros(best, 1 + input.params.maxSlippage, 'down')) {
    return fail('slippage', {
      budgetUsd: budget,
      limitPrice,
      slippageRatio: slippage,
      bestPrice: best,
      maxSlippageRatio: input.params.maxSlippage,
    });
  }
  // Trim to an amount whose signed order has the precision the exchange takes (marketable-amounts).
  const accepted = acceptedMarketAmount('BUY', budget, limitPrice, book.tickSize);
  if (accepted === null) {
    return fail('amount_precision', { budgetUsd: budget, limitPrice });
  }
  if (accepted < budget) {
    budget = accepted;
    ({ walk, fee } = walkWithFees(book, budget, input.feeRate));
  }
  const order = marketOrderAmounts('BUY', budget, limitPrice, book.tickSize);
  if (order.takerAmount < book.minOrderSize) {
    return fail('below_min_size', { orderShares: order.takerAmount, minShares: book.minOrderSize });
  }
  return {
    ok: true,
    leg: {
      side,
      tokenId: book.tokenId,
      budget,
      bestAsk: best,
      limitPrice,
      slippage,
      expectedShares: walk.shares,
      expectedCost: walk.notional,
      expectedFee: fee,
      vwap: walk.vwap ?? limitPrice,
      order,
    },
  };
}

/**
 * Size an entry (strategy.md "Entry"): the capital, half to each side, each half checked against its
 * ask book for depth, slippage versus the best ask, and the market's minimum order size.
 */
export function planEntry(input: SizingInput): SizingResult<BalancedPlan> {
  const capital = positionCapital(input.bankroll, input.freeCollateral, input.params);
  const half = roundToStep(Math.floor(capital / 2), CENT, 'down');
  if (half <= 0) {
    return { ok: false, reason: 'no_capital', side: null, params: { capitalUsd: capital } };
  }
  const yes = planLeg('yes', input.books.yes, half, input);
  if (!yes.ok) return yes;
  const no = planLeg('no', input.books.no, half, input);
  if (!no.ok) return no;
  const expectedOutlay =
    yes.leg.expectedCost + yes.leg.expectedFee + no.leg.expectedCost + no.leg.expectedFee;
  return { ok: true, plan: { capital, yes: yes.leg, no: no.leg, expectedOutlay } };
}
