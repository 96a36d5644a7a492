import { z } from 'zod';
import { kalshiCount, kalshiDollars, kalshiPrice } from './fixed-point';

/** `GET /exchange/status` */
export const kalshiExchangeStatusSchema = z.object({
  exchange_active: z.boolean(),
  trading_active: z.boolean(),
  exchange_estimated_resume_time: z.string().nullish(),
});

/** `GET /portfolio/balance`: `balance` in integer cents, `balance_dollars` as a dollar string. */
export const kalshiBalanceSchema = z
  .object({
    balance: z.number().int(),
    balance_dollars: kalshiDollars.optional(),
    portfolio_value: z.number().int().optional(),
  })
  .transform((b) => ({ balance: b.balance_dollars ?? b.balance * 10_000 }));

/** `POST /portfolio/events/orders` → 201 (V2). */
export const kalshiCreateOrderResponseSchema = z
  .object({
    order_id: z.string().min(1),
    client_order_id: z.string().optional(),
    fill_count: kalshiCount,
    remaining_count: kalshiCount,
    average_fill_price: kalshiPrice.optional(),
    average_fee_paid: kalshiDollars.optional(),
    ts_ms: z.number().int(),
  })
  .transform((r) => ({
    orderId: r.order_id,
    clientOrderId: r.client_order_id ?? null,
    filled: r.fill_count,
    remaining: r.remaining_count,
    averageFillPrice: r.average_fill_price ?? null,
    averageFeePaid: r.average_fee_paid ?? null,
    timestamp: r.ts_ms,
  }));

/** `GET /portfolio/orders/{order_id}` → `{order}` (the fields the product reads). */
export const kalshiOrderSchema = z
  .object({
    order_id: z.string().min(1),
    client_order_id: z.string().optional(),
    ticker: z.string().min(1),
    outcome_side: z.enum(['yes', 'no']),
    book_side: z.enum(['bid', 'ask']),
    status: z.enum(['resting', 'canceled', 'executed']),
    yes_price_dollars: kalshiPrice,
    fill_count_fp: kalshiCount,
    remaining_count_fp: kalshiCount,
    initial_count_fp: kalshiCount,
    taker_fees_dollars: kalshiDollars.optional(),
    maker_fees_dollars: kalshiDollars.optional(),
    taker_fill_cost_dollars: kalshiDollars.optional(),
    maker_fill_cost_dollars: kalshiDollars.optional(),
  })
  .transform((o) => ({
    orderId: o.order_id,
    clientOrderId: o.client_order_id ?? null,
    ticker: o.ticker,
    side: o.book_side,
    status: o.status,
    yesPrice: o.yes_price_dollars,
    filled: o.fill_count_fp,
    remaining: o.remaining_count_fp,
    initial: o.initial_count_fp,
    fees: (o.taker_fees_dollars ?? 0) + (o.maker_fees_dollars ?? 0),
    /** What the fills cost on the order's own leg, before fees (not verified: own leg vs YES leg). */
    fillCost: (o.taker_fill_cost_dollars ?? 0) + (o.maker_fill_cost_dollars ?? 0),
  }));

export type KalshiOrder = z.output<typeof kalshiOrderSchema>;

export const kalshiOrderResponseSchema = z.object({ order: kalshiOrderSchema });

/** `GET /portfolio/orders` → `{orders, cursor}` ("" on the last page). */
export const kalshiOrdersPageSchema = z.object({
  orders: z.array(kalshiOrderSchema),
  cursor: z
    .string()
    .nullish()
    .transform((c) => c ?? ''),
});

/** `DELETE /portfolio/events/orders/{order_id}` → 200. */
export const kalshiCancelResponseSchema = z
  .object({ order_id: z.string().min(1), reduced_by: kalshiCount, ts_ms: z.number().int() })
  .transform((r) => ({ orderId: r.order_id, reducedBy: r.reduced_by }));
