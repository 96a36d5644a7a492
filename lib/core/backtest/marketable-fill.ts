import { type BookWalk, walkAsksByBudget, walkBidsForShares } from '../model/book-walk';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import { acceptedMarketAmount, exchangeAcceptsMarketOrder } from '../model/marketable-amounts';
import { type Micros, roundToStep } from '../model/money';
import { marketOrderAmounts, type OrderSide } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';
import { exitQuote } from '../model/prices';
import { roundPriceToTick } from '../model/tick';

/**
 * A marketable order against one book: the ONE fill rule shared by the backtest and the paper
 * exchange (lib/adapters/exchange/paper-fill.ts adds only the wallet's balance check). The CLOB
 * client's maker amount (BUY: collateral to 2 decimals; SELL: shares to 2 decimals), the market
 * minimum size, a walk of the levels inside the limit price, fill-or-kill (or fill-and-kill: keep
 * what the walk got, refuse when nothing matched), and the taker fee per fill.
 */
export type MarketableFill =
  | { ok: true; walk: BookWalk; fee: Micros }
  | { ok: false; reason: 'below_min_size' | 'fok_not_filled' | 'fak_no_match' | 'amount_precision' };

export interface MarketableOptions {
  /** Fill-or-kill (default) or fill-and-kill. */
  orderType?: 'FOK' | 'FAK';
  /** Tick the order is built on (the request's); the book's by default. */
  tickSize?: Micros;
}

export function fillMarketable(
  book: OrderBook,
  side: OrderSide,
  amount: Micros,
  limitPrice: Micros,
  feeRate: FeeRate,
  options: MarketableOptions = {},
): MarketableFill {
  const order = marketOrderAmounts(side, amount, limitPrice, options.tickSize ?? book.tickSize);
  if (!exchangeAcceptsMarketOrder(order)) return { ok: false, reason: 'amount_precision' };
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
  if ((options.orderType ?? 'FOK') === 'FOK' && !walk.filled) return { ok: false, reason: 'fok_not_filled' };
  if (walk.shares === 0) return { ok: false, reason: 'fak_no_match' };
  return { ok: true, walk, fee: takerFeeForFills(walk.fills, feeRate) };
}

/**
 * The market SELL of what is held, as the trading engine sends it: shares rounded down to the
 * 2 decimals an order carries, limit at the deepest bid the walk needs (on the tick grid), then
 * trimmed to a size whose collateral side keeps the 4 decimals the exchange accepts (on ticks of
 * 0.001 and finer this leaves up to one share of dust unsold). Null when nothing can be sold.
 */
export function sellOrderFor(
  book: OrderBook,
  shares: Micros,
  feeRate: FeeRate,
): { size: Micros; limitPrice: Micros } | null {
  const wanted = roundToStep(shares, 10_000, 'down');
  if (wanted <= 0) return null;
  const worst = exitQuote(book, wanted, feeRate).walk.worstPrice ?? book.tickSize;
  const limitPrice = roundPriceToTick(worst, book.tickSize, 'down');
  const size = acceptedMarketAmount('SELL', wanted, limitPrice, book.tickSize);
  return size === null ? null : { size, limitPrice };
}

/** Sell what is held the way the trading engine's sellRequest does (sellOrderFor). */
export function sellHeld(book: OrderBook, shares: Micros, feeRate: FeeRate): MarketableFill | null {
  const order = sellOrderFor(book, shares, feeRate);
  if (!order) return null;
  return fillMarketable(book, 'SELL', order.size, order.limitPrice, feeRate);
}
