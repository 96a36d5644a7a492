import type { FeeRate } from '../model/fees';
import type { Micros } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { heldShares, type Position, positionCapital } from '../model/position';
import { type ExitQuote, exitQuote } from '../model/prices';
import type { MarketBooks } from './eligibility';

/** A position valued at exit prices (strategy.md: valuation and P&L use exit prices). */
export interface PositionValuation {
  capital: Micros;
  /** Net of taker fees, per held side (null for a side with no shares). */
  quotes: Record<OutcomeSide, ExitQuote | null>;
  heldValue: Micros;
  /** realised + heldValue − capital. */
  pnl: Micros;
  /** pnl / capital (0 without capital). */
  pnlPercent: number;
  /** True when the bids absorb every held share on both sides right now. */
  sellable: boolean;
}

function quote(position: Position, side: OutcomeSide, book: OrderBook, feeRate: FeeRate): ExitQuote | null {
  const shares = heldShares(position, side);
  return shares > 0 ? exitQuote(book, shares, feeRate) : null;
}

export function valuePosition(position: Position, books: MarketBooks, feeRate: FeeRate): PositionValuation {
  const quotes = {
    yes: quote(position, 'yes', books.yes, feeRate),
    no: quote(position, 'no', books.no, feeRate),
  };
  const heldValue = (quotes.yes?.netProceeds ?? 0) + (quotes.no?.netProceeds ?? 0);
  const capital = positionCapital(position);
  const pnl = position.realisedProceeds + heldValue - capital;
  return {
    capital,
    quotes,
    heldValue,
    pnl,
    pnlPercent: capital > 0 ? pnl / capital : 0,
    sellable: (quotes.yes?.filled ?? true) && (quotes.no?.filled ?? true),
  };
}
