import { z } from 'zod';
import { epochMs, micros } from './common';

/** One price level as [price, size] in micros. */
const level = z.tuple([micros, micros]);

/**
 * A recorded order book of one token at time t (research: the backtester replays these), best price
 * FIRST on both sides (domain order), truncated to the first levels. One row per (token, t).
 */
export const bookSnapshotRow = z.object({
  /** `${tokenId}@${t}`: recording the same book twice at the same time overwrites it. */
  id: z.string(),
  tokenId: z.string(),
  t: epochMs,
  bids: z.array(level),
  asks: z.array(level),
  tickSize: micros,
  minOrderSize: micros,
  lastTradePrice: micros.nullable(),
});
export type BookSnapshotRow = z.infer<typeof bookSnapshotRow>;
