import type { OrderRequest, OrderResult } from '../../app/ports/exchange-port';
import { fillMarketable } from '../../core/backtest/marketable-fill';
import type { BookWalk } from '../../core/model/book-walk';
import { type Micros, microsToDecimalString } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import type { PaperAccount } from './paper-account';

export const FOK_KILLED = "order couldn't be fully filled. FOK orders are fully filled or killed.";
export const FAK_NO_MATCH = 'no orders found to match with FAK order.';
export const NOT_ENOUGH_BALANCE = 'not enough balance / allowance';

export type PaperFill =
  | { ok: true; walk: BookWalk; fee: Micros }
  | { ok: false; result: Extract<OrderResult, { status: 'rejected' }> };

function reject(
  kind: 'operational' | 'validation',
  code: string,
  message: string,
  params?: Record<string, number>,
): PaperFill {
  const error = params ? { kind, code, message, params } : { kind, code, message };
  return { ok: false, result: { status: 'rejected', orderId: null, error } };
}

/**
 * What the real exchange would do with a marketable order against this book, right now: the core's
 * fill rule (fillMarketable, the same function the backtester fills with: the venue's order size —
 * Polymarket's maker amount, Kalshi's whole contracts —, walk within the limit, FOK/FAK, taker fee),
 * then the wallet's balance.
 */
export function simulatePaperFill(book: OrderBook, request: OrderRequest, account: PaperAccount): PaperFill {
  const fill = fillMarketable(book, request.side, request.amount, request.limitPrice, request.feeRate, {
    orderType: request.orderType,
    tickSize: request.tickSize,
  });
  if (!fill.ok) {
    if (fill.reason === 'below_min_size') {
      const { size } = fill;
      return reject(
        'validation',
        'below_min_size',
        `Size (${microsToDecimalString(size)}) lower than the minimum: ${microsToDecimalString(book.minOrderSize)}`,
        { orderShares: size, minShares: book.minOrderSize },
      );
    }
    if (fill.reason === 'fok_not_filled') return reject('validation', 'fok_not_filled', FOK_KILLED);
    if (fill.reason === 'fak_no_match') return reject('validation', 'fak_no_match', FAK_NO_MATCH);
    const side = request.side === 'BUY' ? 'buy' : 'sell';
    return reject(
      'validation',
      'order_invalid',
      `invalid amounts, the market ${side} orders maker amount supports a max accuracy of 2 decimals, taker amount a max of 4 decimals`,
    );
  }
  const { walk, fee } = fill;
  const enough =
    request.side === 'BUY'
      ? account.collateral >= walk.notional + fee
      : (account.shares[request.tokenId] ?? 0) >= walk.shares;
  if (!enough) return reject('operational', 'not_enough_balance', NOT_ENOUGH_BALANCE);
  return { ok: true, walk, fee };
}
