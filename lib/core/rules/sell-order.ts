import type { FeeRate } from '../model/fees';
import { acceptedMarketAmount } from '../model/marketable-amounts';
import { type Micros, roundToStep } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { heldShares, type Position } from '../model/position';
import { exitQuote } from '../model/prices';
import { roundPriceToTick } from '../model/tick';
import type { MarketBooks } from './eligibility';

/**
 * A fill-or-kill SELL exactly as it is sent: `shares` on the 2-decimal grid an order carries,
 * trimmed to a size the exchange accepts at `limitPrice`; `limitPrice` the deepest bid the walk
 * needs, rounded down onto the tick grid; `expectedProceeds` what the walk says it fetches, net of
 * the taker fee. Monitor decisions, manual closes, the kill switch, the entry unwind and the backtest
 * all sell through sellOrder, so they cannot round differently.
 */
export interface SellOrder {
  side: OutcomeSide;
  tokenId: string;
  shares: Micros;
  limitPrice: Micros;
  expectedProceeds: Micros;
}

const SHARE_STEP: Micros = 10_000; // orders carry shares to 2 decimals

/** The sell of `shares` of one side into `book`; null when nothing sellable is left (dust). */
export function sellOrder(
  side: OutcomeSide,
  book: OrderBook,
  shares: Micros,
  feeRate: FeeRate,
): SellOrder | null {
  const wanted = roundToStep(shares, SHARE_STEP, 'down');
  if (wanted <= 0) return null;
  const quote = exitQuote(book, wanted, feeRate);
  const limitPrice = roundPriceToTick(quote.walk.worstPrice ?? book.tickSize, book.tickSize, 'down');
  const size = acceptedMarketAmount('SELL', wanted, limitPrice, book.tickSize);
  if (size === null) return null;
  const expectedProceeds = size === wanted ? quote.netProceeds : exitQuote(book, size, feeRate).netProceeds;
  return { side, tokenId: book.tokenId, shares: size, limitPrice, expectedProceeds };
}

/** The sell of everything the position holds on one side; null when it holds nothing sellable. */
export function sellHeldSide(
  position: Position,
  side: OutcomeSide,
  books: MarketBooks,
  feeRate: FeeRate,
): SellOrder | null {
  const shares = heldShares(position, side);
  return shares > 0 ? sellOrder(side, books[side], shares, feeRate) : null;
}

/** The sells of everything held, YES first (what a close sends). */
export function sellEverythingHeld(position: Position, books: MarketBooks, feeRate: FeeRate): SellOrder[] {
  const sells: SellOrder[] = [];
  for (const side of ['yes', 'no'] as const) {
    const order = sellHeldSide(position, side, books, feeRate);
    if (order) sells.push(order);
  }
  return sells;
}
