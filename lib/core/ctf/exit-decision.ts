import { walkBidsForShares } from '../model/book-walk';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import type { Micros } from '../model/money';
import type { BookLevel } from '../model/order-book';
import { type GasPayment, gasCostMicros } from './gas-cost';

/**
 * Leaving a position of YES and NO shares: sell both sides into the bids, or merge the paired part
 * min(yes, no) back into pUSD at exactly $1 a pair (plus gas when the account pays its own) and sell
 * only the unpaired rest.
 */
export type ExitMethod = 'books' | 'merge';
export type ExitChoice = 'auto' | ExitMethod;

export type ExitReason =
  | 'forced'
  | 'merge-pays-more'
  | 'books-pay-more'
  | 'same-proceeds-merge'
  | 'books-too-thin'
  | 'merge-leaves-dust'
  | 'nothing-to-merge';

export interface SellProceeds {
  /** Collateral received after taker fees. */
  net: Micros;
  gross: Micros;
  fees: Micros;
  /** Shares the bids could not absorb. */
  unsold: Micros;
}

export type BooksExit = SellProceeds;

export interface MergeExit {
  /** Pairs merged back into pUSD. */
  merged: Micros;
  gas: Micros;
  /** The unpaired rest sold into its own bids. */
  rest: SellProceeds & { side: 'yes' | 'no' | null; shares: Micros };
  /** merged − gas + rest.net */
  net: Micros;
  unsold: Micros;
}

export interface ExitDecision {
  method: ExitMethod;
  reason: ExitReason;
  books: BooksExit;
  merge: MergeExit;
  /** Proceeds of the chosen method minus the rejected one (negative when a forced method pays less). */
  gain: Micros;
}

export interface ExitInput {
  yesShares: Micros;
  noShares: Micros;
  yesBids: readonly BookLevel[];
  noBids: readonly BookLevel[];
  feeRate: FeeRate;
  gas: GasPayment;
  choice?: ExitChoice;
  /** The book's minimum order size: a smaller remainder cannot be sold and counts as unsold. */
  minOrderSize?: Micros;
}

function sell(bids: readonly BookLevel[], shares: Micros, feeRate: FeeRate, minOrderSize = 0): SellProceeds {
  if (shares <= 0) return { net: 0, gross: 0, fees: 0, unsold: 0 };
  if (shares < minOrderSize) return { net: 0, gross: 0, fees: 0, unsold: shares };
  const walk = walkBidsForShares(bids, shares);
  const fees = takerFeeForFills(walk.fills, feeRate);
  return { net: walk.notional - fees, gross: walk.notional, fees, unsold: shares - walk.shares };
}

export function booksExit(input: ExitInput): BooksExit {
  const yes = sell(input.yesBids, input.yesShares, input.feeRate, input.minOrderSize);
  const no = sell(input.noBids, input.noShares, input.feeRate, input.minOrderSize);
  return {
    net: yes.net + no.net,
    gross: yes.gross + no.gross,
    fees: yes.fees + no.fees,
    unsold: yes.unsold + no.unsold,
  };
}

export function mergeExit(input: ExitInput): MergeExit {
  const merged = Math.min(input.yesShares, input.noShares);
  const gas = merged > 0 ? gasCostMicros(input.gas) : 0;
  const side = input.yesShares > merged ? 'yes' : input.noShares > merged ? 'no' : null;
  const shares = side === 'yes' ? input.yesShares - merged : side === 'no' ? input.noShares - merged : 0;
  const bids = side === 'yes' ? input.yesBids : input.noBids;
  const sold = sell(bids, shares, input.feeRate, input.minOrderSize);
  return { merged, gas, rest: { ...sold, side, shares }, net: merged - gas + sold.net, unsold: sold.unsold };
}

/** Compare both ways out; prefer the one that leaves fewer shares unsold, then the larger proceeds. */
export function decideExit(input: ExitInput): ExitDecision {
  for (const v of [input.yesShares, input.noShares]) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`bad share count: ${v}`);
  }
  const books = booksExit(input);
  const merge = mergeExit(input);
  const make = (method: ExitMethod, reason: ExitReason): ExitDecision => ({
    method,
    reason,
    books,
    merge,
    gain: method === 'merge' ? merge.net - books.net : books.net - merge.net,
  });
  const choice = input.choice ?? 'auto';
  if (choice !== 'auto') return make(choice, 'forced');
  if (merge.merged === 0) return make('books', 'nothing-to-merge');
  if (merge.unsold < books.unsold) return make('merge', 'books-too-thin');
  if (books.unsold < merge.unsold) return make('books', 'merge-leaves-dust');
  if (merge.net > books.net) return make('merge', 'merge-pays-more');
  if (books.net > merge.net) return make('books', 'books-pay-more');
  return make('merge', 'same-proceeds-merge');
}
