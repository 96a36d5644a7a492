import { decideEntry, type MethodChoice } from '../ctf/entry-decision';
import { decideExit } from '../ctf/exit-decision';
import { gasCostMicros } from '../ctf/gas-cost';
import { modelledGas } from '../ctf/gas-model';
import { shareAPair } from '../ctf/pair-cost-basis';
import { midpoint } from '../model/book-stats';
import type { FeeRate } from '../model/fees';
import { type Micros, roundToStep } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { Position } from '../model/position';
import type { EntryPlan } from '../rules/sizing';
import type { LegFill } from './open-position';

/**
 * Split and merge in the backtest, decided by the same core code as paper and live (decideEntry,
 * decideExit) and booked with the same cost basis (each pair's $1 shared by the mids). The gas is
 * the modelled gas of a plain wallet (lib/core/ctf/gas-model.ts), the dearer case: relayer accounts
 * pay none. The run's option `entryMethod`: books (the default, as before), split, or auto.
 */
export interface BacktestCtfCounts {
  entryMethod: MethodChoice;
  /** Entries minted by a split, closes that merged their pairs, and the gas both paid (micros). */
  splits: number;
  merges: number;
  gas: Micros;
}

const CENT: Micros = 10_000;
const SPLIT_GAS = gasCostMicros(modelledGas('split', false, true));
const MERGE_GAS = modelledGas('merge', false, true);

interface Books {
  yes: OrderBook;
  no: OrderBook;
}

/** The legs a split would open for a balanced plan, when the core picks (or the run forces) it; else null. */
export function splitEntry(
  plan: EntryPlan,
  books: Books,
  feeRate: FeeRate,
  choice: MethodChoice,
): { pairs: Micros; gas: Micros; legs: LegFill[] } | null {
  if (choice === 'books' || !plan.yes || !plan.no) return null;
  const pairs = Math.max(0, roundToStep(plan.capital - SPLIT_GAS, CENT, 'down'));
  if (pairs <= 0) return null;
  const decision = decideEntry({
    pairs,
    yesAsks: books.yes.asks,
    noAsks: books.no.asks,
    feeRate,
    gas: modelledGas('split', false, true),
    choice,
  });
  if (decision.method !== 'split') return null;
  const gas = decision.split.gas;
  const shares = shareAPair(pairs, gas, { yes: midpoint(books.yes), no: midpoint(books.no) });
  const leg = (side: 'yes' | 'no'): LegFill => ({
    side,
    shares: pairs,
    cost: shares[side].amount,
    fee: shares[side].fee,
    vwap: shares[side].price,
  });
  return { pairs, gas, legs: [leg('yes'), leg('no')] };
}

/**
 * Closing a position that holds both sides: merge the pairs and sell the rest when the core says
 * that returns more (forced split runs always merge); null to sell both sides as before.
 */
export function mergeClose(
  position: Position,
  books: Books,
  feeRate: FeeRate,
  choice: MethodChoice,
): { net: Micros; fee: Micros; gas: Micros } | null {
  if (choice === 'books' || position.sharesYes <= 0 || position.sharesNo <= 0) return null;
  const exit = decideExit({
    yesShares: position.sharesYes,
    noShares: position.sharesNo,
    yesBids: books.yes.bids,
    noBids: books.no.bids,
    feeRate,
    gas: MERGE_GAS,
    choice: choice === 'split' ? 'merge' : 'auto',
  });
  if (exit.method !== 'merge' || exit.merge.merged <= 0) return null;
  return { net: exit.merge.net, fee: exit.merge.rest.fees + exit.merge.gas, gas: exit.merge.gas };
}
