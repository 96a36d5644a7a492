import { walkAsksForShares } from '../model/book-walk';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import type { Micros } from '../model/money';
import type { BookLevel } from '../model/order-book';
import { type GasPayment, gasCostMicros } from './gas-cost';

/**
 * Entering a balanced position of N YES + N NO: buy both books, or mint N pairs by splitting N pUSD
 * (exactly $1 a pair, no fee, no slippage) plus gas when the account pays its own.
 */
export type EntryMethod = 'books' | 'split';
export type MethodChoice = 'auto' | EntryMethod;

export type EntryReason =
  | 'forced'
  | 'split-cheaper'
  | 'books-cheaper'
  | 'same-cost-split'
  | 'books-too-thin'
  | 'nothing-to-buy';

export interface BooksEntryCost {
  /** Collateral spent on both books, fees included. */
  total: Micros;
  notional: Micros;
  fees: Micros;
  yesVwap: Micros | null;
  noVwap: Micros | null;
  /** Shares the books could not supply (yes + no). */
  missingShares: Micros;
  filled: boolean;
}

export interface SplitEntryCost {
  total: Micros;
  collateral: Micros;
  gas: Micros;
}

export interface EntryDecision {
  method: EntryMethod;
  reason: EntryReason;
  pairs: Micros;
  books: BooksEntryCost;
  split: SplitEntryCost;
  /** Cost of the rejected method minus the chosen one (negative when a forced method costs more). */
  saving: Micros;
}

export interface EntryInput {
  /** Pairs wanted: N shares of YES and N of NO (micros). */
  pairs: Micros;
  yesAsks: readonly BookLevel[];
  noAsks: readonly BookLevel[];
  /** The market's taker fee (rate and exponent; NO_FEE when fee-free). */
  feeRate: FeeRate;
  gas: GasPayment;
  choice?: MethodChoice;
}

export function booksEntryCost(
  input: Pick<EntryInput, 'pairs' | 'yesAsks' | 'noAsks' | 'feeRate'>,
): BooksEntryCost {
  const yes = walkAsksForShares(input.yesAsks, input.pairs);
  const no = walkAsksForShares(input.noAsks, input.pairs);
  const fees = takerFeeForFills(yes.fills, input.feeRate) + takerFeeForFills(no.fills, input.feeRate);
  const notional = yes.notional + no.notional;
  return {
    total: notional + fees,
    notional,
    fees,
    yesVwap: yes.vwap,
    noVwap: no.vwap,
    missingShares: input.pairs - yes.shares + (input.pairs - no.shares),
    filled: yes.filled && no.filled,
  };
}

export function splitEntryCost(pairs: Micros, gas: GasPayment): SplitEntryCost {
  const gasMicros = gasCostMicros(gas);
  return { total: pairs + gasMicros, collateral: pairs, gas: gasMicros };
}

/** Compare both ways in, pick the cheaper (split on a tie: exact and slippage-free) unless forced. */
export function decideEntry(input: EntryInput): EntryDecision {
  if (!Number.isInteger(input.pairs) || input.pairs < 0)
    throw new RangeError(`bad pair count: ${input.pairs}`);
  const books = booksEntryCost(input);
  const split = splitEntryCost(input.pairs, input.gas);
  const make = (method: EntryMethod, reason: EntryReason): EntryDecision => ({
    method,
    reason,
    pairs: input.pairs,
    books,
    split,
    saving: method === 'split' ? books.total - split.total : split.total - books.total,
  });
  const choice = input.choice ?? 'auto';
  if (choice !== 'auto') return make(choice, 'forced');
  if (input.pairs === 0) return make('books', 'nothing-to-buy');
  if (!books.filled) return make('split', 'books-too-thin');
  if (split.total < books.total) return make('split', 'split-cheaper');
  if (books.total < split.total) return make('books', 'books-cheaper');
  return make('split', 'same-cost-split');
}
