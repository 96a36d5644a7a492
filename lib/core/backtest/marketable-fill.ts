import { type BookWalk, walkAsksByBudget, walkBidsForShares } from '../model/book-walk';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import { exchangeAcceptsMarketOrder } from '../model/marketable-amounts';
import type { Micros } from '../model/money';
import { marketOrderAmounts, type OrderSide } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';

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
