import { z } from 'zod';
import { epochMs, micros } from './common';

/** A high-volume wallet seen in the scanned markets' trades. */
export const whaleRow = z.object({
  id: z.string(),
  walletAddress: z.string(),
  name: z.string().nullable(),
  totalVolume: micros,
  tradeCount: z.number().int().nonnegative(),
  marketsActive: z.number().int().nonnegative(),
  lastTradeTime: epochMs,
  firstSeenAt: epochMs,
  tracked: z.boolean(),
  patterns: z.record(z.string(), z.unknown()),
  updatedAt: epochMs,
});
export type WhaleRow = z.infer<typeof whaleRow>;
