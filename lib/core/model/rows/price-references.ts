import { z } from 'zod';
import { epochMs, micros, type modeSchema } from './common';

/**
 * The mark of each side when a single-side strategy (momentum, mean reversion) first looked at a
 * market: the price its trigger move is measured from, as the backtester measures it from the first
 * recorded price. `enteredAt[mode]` is set when a position was opened on this reference in that mode:
 * each market is traded at most once per reference and mode (the backtester enters a market once per
 * run); paper practice does not use up a move for live trading.
 */
export const priceReferenceRow = z.object({
  marketId: z.string(),
  yes: micros.nullable(),
  no: micros.nullable(),
  firstSeenAt: epochMs,
  enteredAt: z.object({ paper: epochMs.nullable(), live: epochMs.nullable() }),
  /** The marks at the latest look (the dashboard's watch list shows how far they moved). */
  lastYes: micros.nullable(),
  lastNo: micros.nullable(),
  lastSeenAt: epochMs,
});
export type PriceReferenceRow = z.infer<typeof priceReferenceRow>;
export type ReferenceMode = z.infer<typeof modeSchema>;
