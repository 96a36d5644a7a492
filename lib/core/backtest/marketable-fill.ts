import { type BookWalk, walkAsksByBudget, walkBidsForShares } from '../model/book-walk';
import { takerFeeForFills } from '../model/fees';
import { type Micros, roundToStep } from '../model/money';
import { marketOrderAmounts, type OrderSide } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';
import { exitQuote } from '../model/prices';
import { roundPriceToTick } from '../model/tick';

/**
 * A marketable fill-or-kill order against one book, with the same rules as the paper exchange
 * (lib/adapters/exchange/paper-fill.ts) so backtest and paper fills agree: the CLOB client's maker
 * amount (BUY: collateral to 2 decimals; SELL: shares to 2 decimals), the market minimum size, a walk
 * of the levels inside the limit price, fill-or-kill, and the taker fee per fill. (Balance checks
 * stay with the caller.)
 */
export type MarketableFill =
  | { ok: true; walk: BookWalk; fee: Micros }
  | { ok: false; reason: 'below_min_size' | 'fok_not_filled' };

export function fillMarketable(
  book: OrderBook,
  side: OrderSide,
  amount: Micros,
  limitPrice: Micros,
  feeRate: number,
): MarketableFill {
  const order = marketOrderAmounts(side, amount, limitPrice, book.tickSize);
  const size = side === 'BUY' ? order.takerAmount : order.makerAmount;
  if (size < book.minOrderSize) return { ok: false, reason: 'below_min_size' };
  const walk =
    side === 'BUY'
      ? walkAsksByBudget(
          book.asks.filter((l) => l.price <= order.price),
          order.makerAmount,
        )
      : walkBidsForShares(
          book.bids.filter((l) => l.price >= order.price),
          order.makerAmount,
        );
  if (!walk.filled) return { ok: false, reason: 'fok_not_filled' };
  return { ok: true, walk, fee: takerFeeForFills(walk.fills, feeRate) };
}

/**
 * Sell what is held the way the trading engine's sellRequest does: shares rounded down to the
 * 2 decimals an order carries, limit at the deepest bid the walk needs (on the tick grid). The dust
 * below 0.01 share stays unsold. Null when there is less than 0.01 share.
 */
export function sellHeld(book: OrderBook, shares: Micros, feeRate: number): MarketableFill | null {
  const size = roundToStep(shares, 10_000, 'down');
  if (size <= 0) return null;
  const worst = exitQuote(book, size, feeRate).walk.worstPrice ?? book.tickSize;
  return fillMarketable(book, 'SELL', size, roundPriceToTick(worst, book.tickSize, 'down'), feeRate);
}
