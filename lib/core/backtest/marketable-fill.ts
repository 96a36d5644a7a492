import { type BookWalk, walkAsksByBudget, walkAsksForShares, walkBidsForShares } from '../model/book-walk';
import { contractCount } from '../model/contract-order';
import { type FeeRate, takerFeeForFills } from '../model/fees';
import { exchangeAcceptsMarketOrder } from '../model/marketable-amounts';
import type { Micros } from '../model/money';
import { marketOrderAmounts, type OrderSide } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';

/**
 * A marketable order against one book: the ONE fill rule shared by the backtest, the paper exchange
 * (lib/adapters/exchange/paper-fill.ts adds only the wallet's balance check) and the entry sizing.
 * The order's size is the venue's: on Polymarket the CLOB client's maker amount (BUY: collateral to
 * 2 decimals; SELL: shares to 2 decimals); on a book with a contract step (Kalshi) a count of whole
 * contracts (model/contract-order.ts). Then the market minimum size, a walk of the levels inside the
 * limit price, fill-or-kill (or fill-and-kill: keep what the walk got, refuse when nothing matched),
 * and the taker fee per fill.
 */
export type MarketableFill =
  | { ok: true; walk: BookWalk; fee: Micros }
  | { ok: false; reason: 'fok_not_filled' | 'fak_no_match' | 'amount_precision' }
  /** `size`: the order's shares or contracts, below the book's minimum. */
  | { ok: false; reason: 'below_min_size'; size: Micros };

export interface MarketableOptions {
  /** Fill-or-kill (default) or fill-and-kill. */
  orderType?: 'FOK' | 'FAK';
  /** Tick the order is built on (the request's); the book's by default. */
  tickSize?: Micros;
}

type Sized = { ok: true; size: Micros; walk: BookWalk } | Extract<MarketableFill, { ok: false }>;

/** The order's size and the walk it gets, by the venue's order rule. */
function sizeAndWalk(
  book: OrderBook,
  side: OrderSide,
  amount: Micros,
  limitPrice: Micros,
  tickSize: Micros,
): Sized {
  if (book.contractStep !== undefined) {
    const size = contractCount(side, amount, limitPrice, book.contractStep);
    // Less than one step is no order at all: Kalshi takes no zero count.
    if (size === 0) return { ok: false, reason: 'below_min_size', size };
    const walk =
      side === 'BUY'
        ? walkAsksForShares(
            book.asks.filter((l) => l.price <= limitPrice),
            size,
          )
        : walkBidsForShares(
            book.bids.filter((l) => l.price >= limitPrice),
            size,
          );
    return { ok: true, size, walk };
  }
  const order = marketOrderAmounts(side, amount, limitPrice, tickSize);
  if (!exchangeAcceptsMarketOrder(order)) return { ok: false, reason: 'amount_precision' };
  const size = side === 'BUY' ? order.takerAmount : order.makerAmount;
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
  return { ok: true, size, walk };
}

export function fillMarketable(
  book: OrderBook,
  side: OrderSide,
  amount: Micros,
  limitPrice: Micros,
  feeRate: FeeRate,
  options: MarketableOptions = {},
): MarketableFill {
  const sized = sizeAndWalk(book, side, amount, limitPrice, options.tickSize ?? book.tickSize);
  if (!sized.ok) return sized;
  const { size, walk } = sized;
  if (size < book.minOrderSize) return { ok: false, reason: 'below_min_size', size };
  if ((options.orderType ?? 'FOK') === 'FOK' && !walk.filled) return { ok: false, reason: 'fok_not_filled' };
  if (walk.shares === 0) return { ok: false, reason: 'fak_no_match' };
  return { ok: true, walk, fee: takerFeeForFills(walk.fills, feeRate) };
}
