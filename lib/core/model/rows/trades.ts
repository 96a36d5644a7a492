import { z } from 'zod';
import { codedTextSchema } from '../coded-text';
import { epochMs, micros, modeSchema, sideSchema, venueField } from './common';

/** One fill (or failed order) of a position's leg, as recorded in the history. Money in micros. */
export const tradeRow = z.object({
  venue: venueField,
  id: z.string(),
  positionId: z.string(),
  marketId: z.string(),
  marketName: z.string(),
  intentId: z.string(),
  side: sideSchema,
  /** 'redeem': a resolved market's shares turned into collateral on chain (one row for both legs). */
  action: z.enum(['buy', 'sell', 'redeem']),
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
    'redeem',
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
   * A redeem's burned balances per leg (the adapters burn both whole); `shares` is their sum, `amount`
   * the payout, `price` the payout per share of `side` (the winner; YES on a 50/50). Absent otherwise.
   */
  burnedYes: micros.optional(),
  burnedNo: micros.optional(),
  /**
   * An on-chain operation instead of an order: the leg's part of a split (buy) or a merge (sell) —
   * each pair's $1 shared by the legs' mid prices, the gas as the fee. Absent for order fills.
   */
  via: z.enum(['split', 'merge']).optional(),
});
export type TradeRow = z.infer<typeof tradeRow>;
