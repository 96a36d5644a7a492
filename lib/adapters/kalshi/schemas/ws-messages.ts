import { z } from 'zod';
import { kalshiCount, kalshiPrice, kalshiSignedCount } from './fixed-point';
import { kalshiBidList } from './orderbook';

/**
 * Kalshi WebSocket frames the product reads (AsyncAPI 2.0.0, kalshi-api.md §6). The snapshot's
 * sides are `yes_dollars_fp`/`no_dollars_fp` (names differ from REST) and a side's key is absent when
 * it is empty; a delta is a signed change at one price of one side.
 */
const snapshot = z.object({
  type: z.literal('orderbook_snapshot'),
  sid: z.number().int(),
  seq: z.number().int().min(1),
  msg: z.object({
    market_ticker: z.string().min(1),
    yes_dollars_fp: kalshiBidList,
    no_dollars_fp: kalshiBidList,
  }),
});

const delta = z.object({
  type: z.literal('orderbook_delta'),
  sid: z.number().int(),
  seq: z.number().int().min(1),
  msg: z.object({
    market_ticker: z.string().min(1),
    price_dollars: kalshiPrice,
    delta_fp: kalshiSignedCount,
    side: z.enum(['yes', 'no']),
    ts_ms: z.number().int().optional(),
  }),
});

const ticker = z.object({
  type: z.literal('ticker'),
  sid: z.number().int(),
  msg: z.object({
    market_ticker: z.string().min(1),
    price_dollars: kalshiPrice.optional(),
    yes_bid_dollars: kalshiPrice.optional(),
    yes_ask_dollars: kalshiPrice.optional(),
    volume_fp: kalshiCount.optional(),
    ts_ms: z.number().int().optional(),
  }),
});

const subscribed = z.object({
  type: z.literal('subscribed'),
  id: z.number().int().optional(),
  msg: z.object({ channel: z.string(), sid: z.number().int() }),
});

const error = z.object({
  type: z.literal('error'),
  id: z.number().int().optional(),
  msg: z.object({ code: z.number().int(), msg: z.string() }),
});

/**
 * Command acknowledgements (`update_subscription`, `list_subscriptions`) and `unsubscribed`: the
 * stream reads nothing in them but their arrival (the socket is alive).
 */
const ok = z.object({ type: z.literal('ok'), id: z.number().int().optional() });
const unsubscribed = z.object({ type: z.literal('unsubscribed'), id: z.number().int().optional() });

export const kalshiWsFrameSchema = z.discriminatedUnion('type', [
  snapshot,
  delta,
  ticker,
  subscribed,
  error,
  ok,
  unsubscribed,
]);

export type KalshiWsFrame = z.output<typeof kalshiWsFrameSchema>;
