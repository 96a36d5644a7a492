import type { OpenOrder, Trade } from '@polymarket/clob-client-v2';
import type { OrderResult } from '../../app/ports/exchange-port';
import type { FeeRate } from '../../core/model/fees';
import { toMicros } from '../../core/model/money';
import { temporaryError } from '../../errors/app-error';
import { filledResult } from './live-fills';

/**
 * What an order's record at the exchange says (GET /data/order/{id}, then its trades). An order is
 * FINAL when nothing more can match: MATCHED, or CANCELED/INVALID (FOK/FAK killed, cancelled). A
 * DELAYED order (market with a matching delay), a LIVE or UNMATCHED one, or a match whose trades do
 * not add up yet, is still PENDING: its outcome is unknown and is asked again later. A zero-share
 * fill is never final.
 */
export type OrderStatusReading = { final: true; result: OrderResult } | { final: false; status: string };

const FINAL_UNMATCHED = ['canceled', 'cancelled', 'invalid', 'canceled_market_resolved'];

/** The order's status word without the `ORDER_STATUS_` prefix newer docs use, lower case. */
export function orderStatusWord(status: string | undefined): string {
  return (status ?? '').toLowerCase().replace(/^order_status_/, '');
}

export function readOrderStatus(
  order: OpenOrder,
  trades: readonly Trade[],
  feeRate: FeeRate | null,
): OrderStatusReading {
  const status = orderStatusWord(order.status);
  const matched = toMicros(order.size_matched || '0');
  if (matched === 0) {
    if (!FINAL_UNMATCHED.includes(status)) return { final: false, status };
    return {
      final: true,
      result: {
        status: 'rejected',
        orderId: order.id,
        error: {
          kind: 'validation',
          code: 'not_matched',
          message: `order ${order.status}`,
          params: { status: order.status },
        },
      },
    };
  }
  if (status !== 'matched' && !FINAL_UNMATCHED.includes(status)) return { final: false, status };
  const result = filledResult(order.id, trades, feeRate, null, null);
  // The trades must account for the whole matched size before the fill is recorded.
  if (result.filledShares <= 0 || result.filledShares < matched) return { final: false, status };
  return { final: true, result };
}

/** The temporary error of an order the exchange accepted but has not settled yet: reconciled later. */
export function orderPending(orderId: string, status: string) {
  return temporaryError(
    'The exchange accepted the order but has not matched it yet: it will be checked again.',
    {
      code: 'order_pending',
      remoteMessage: `order ${orderId} is ${status || 'not final'}`,
    },
  );
}
