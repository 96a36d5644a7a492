import { z } from 'zod';
import { codedTextSchema } from '../coded-text';
import { epochMs, micros, modeSchema, sideSchema } from './common';

/** One fill (or failed order) of a position's leg, as recorded in the history. Money in micros. */
export const tradeRow = z.object({
  id: z.string(),
  positionId: z.string(),
  marketId: z.string(),
  marketName: z.string(),
  intentId: z.string(),
  side: sideSchema,
  action: z.enum(['buy', 'sell']),
  reason: z.enum([
    'entry',
    'entry_retry',
    'unwind',
    'liquidation',
    'take_profit',
    'stop_loss',
    'manual',
    'kill_switch',
    'resolution',
  ]),
  price: micros,
  amount: micros,
  shares: micros,
  fee: micros,
  transactionHash: z.string().nullable(),
  orderId: z.string().nullable(),
  status: z.enum(['filled', 'failed']),
  error: z.string().nullable(),
  /**
   * A failed order's reason as a code (fok_not_filled, not_enough_balance, order_invalid…) and its
   * facts, for the UI's own words; `error` keeps the exchange's message verbatim. Optional: older
   * rows show their `error` (no Dexie version: no index changes).
   */
  errorText: codedTextSchema.optional(),
  mode: modeSchema,
  executedAt: epochMs,
  /**
   * An on-chain operation instead of an order: the leg's part of a split (buy) or a merge (sell) —
   * each pair's $1 shared by the legs' mid prices, the gas as the fee. Absent for order fills.
   */
  via: z.enum(['split', 'merge']).optional(),
});
export type TradeRow = z.infer<typeof tradeRow>;
