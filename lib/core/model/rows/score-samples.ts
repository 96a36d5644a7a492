import { z } from 'zod';
import { epochMs, micros } from './common';

/**
 * Score calibration: one row per scored opportunity (at most one per market per horizon), settled
 * later with the YES price about 24 h on, or with the resolution.
 */
export const scoreSampleRow = z.object({
  id: z.string(),
  marketId: z.string(),
  conditionId: z.string(),
  score: z.number().int().min(1).max(10),
  /** YES mark price when scored. */
  entryPrice: micros,
  scoredAt: epochMs,
  laterPrice: micros.nullable(),
  resolved: z.boolean(),
  /** When the outcome was recorded; null while pending. */
  settledAt: epochMs.nullable(),
});
export type ScoreSampleRow = z.infer<typeof scoreSampleRow>;
