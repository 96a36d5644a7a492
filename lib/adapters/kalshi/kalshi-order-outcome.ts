import type { OrderRejection, OrderResult } from '../../app/ports/exchange-port';
import type { Micros } from '../../core/model/money';
import { type AppError, isAppError, temporaryError } from '../../errors/app-error';
import type { KalshiOrder } from './schemas/portfolio';

/**
 * What came of a Kalshi order, in the engine's words (exchange-port.ts). A definite refusal is a
 * rejection with one of the engine's codes and Kalshi's own message verbatim; anything that leaves
 * the outcome open (no answer, 5xx, 429, an answer we cannot read) is thrown as a temporary error
 * so the intent is reconciled later by client_order_id and never re-sent (kalshi-api.md §7:
 * business error codes are mostly undocumented, so this branches on the HTTP status first).
 */
export type KalshiPostFailure =
  | { kind: 'rejected'; error: OrderRejection }
  /** 409 order_already_exists: this client_order_id reached Kalshi before; read it back. */
  | { kind: 'already-exists' }
  | { kind: 'unknown'; error: AppError };

export function orderOutcomeUnknown(message: string, cause?: unknown): AppError {
  return temporaryError('Kalshi did not confirm the order: it will be checked on the next pass.', {
    code: 'order_outcome_unknown',
    remoteMessage: message,
    details: { venue: 'kalshi' },
    cause,
  });
}

export function kalshiOrderPending(orderId: string): AppError {
  return temporaryError(
    'The exchange accepted the order but has not matched it yet: it will be checked again.',
    {
      code: 'order_pending',
      remoteMessage: `Kalshi order ${orderId} is resting`,
      details: { venue: 'kalshi' },
    },
  );
}

export function classifyKalshiPostFailure(error: unknown): KalshiPostFailure {
  if (!isAppError(error) || error.kind === 'temporary' || error.status === undefined)
    return {
      kind: 'unknown',
      error: isAppError(error) ? error : orderOutcomeUnknown(String(error), error),
    };
  const kalshiCode = String(error.details.kalshiCode ?? '');
  const message = error.remoteMessage ?? error.message;
  const params = { venue: 'kalshi', kalshiCode, reason: message };
  const rejected = (kind: OrderRejection['kind'], code: string): KalshiPostFailure => ({
    kind: 'rejected',
    error: { kind, code, message, params },
  });
  if (kalshiCode === 'order_already_exists') return { kind: 'already-exists' };
  if (error.status === 401 || error.status === 403) return rejected('operational', 'trading_not_allowed');
  if (kalshiCode === 'trading_is_paused') return rejected('operational', 'trading_not_allowed');
  if (kalshiCode.includes('balance') || /insufficient|not enough/i.test(message))
    return rejected('operational', 'not_enough_balance');
  return rejected('validation', 'order_invalid');
}

/** Nothing traded: the order was killed (FOK) or found no offer (IOC). */
export function nothingFilled(
  orderId: string,
  fillOrKill: boolean,
  requested: Micros,
): Extract<OrderResult, { status: 'rejected' }> {
  const contracts = (requested / 1_000_000).toFixed(2);
  return {
    status: 'rejected',
    orderId,
    error: fillOrKill
      ? {
          kind: 'validation',
          code: 'fok_not_filled',
          message: `Kalshi filled 0 of ${contracts} contracts: the fill_or_kill order was canceled`,
        }
      : {
          kind: 'validation',
          code: 'fak_no_match',
          message: `Kalshi filled 0 of ${contracts} contracts: the immediate_or_cancel order found no offer`,
        },
  };
}

/** A filled result from what the order cost on its own leg and what Kalshi charged. */
export function kalshiFilled(orderId: string, shares: Micros, amount: Micros, fee: Micros): OrderResult {
  return {
    status: 'filled',
    orderId,
    filledShares: shares,
    filledAmount: amount,
    avgPrice: shares > 0 ? Math.round((amount * 1_000_000) / shares) : 0,
    fee,
    transactionHash: null,
  };
}

/** Kalshi's record of an order → the engine's result; a resting order is still pending (thrown). */
export function kalshiOrderResult(order: KalshiOrder): OrderResult {
  if (order.status === 'resting') throw kalshiOrderPending(order.orderId);
  if (order.filled > 0) return kalshiFilled(order.orderId, order.filled, order.fillCost, order.fees);
  return {
    status: 'rejected',
    orderId: order.orderId,
    error: {
      kind: 'validation',
      code: 'fak_no_match',
      message: `Kalshi canceled order ${order.orderId} with nothing filled`,
    },
  };
}
