import { z } from 'zod';
import { epochMs } from './common';

/** Cached /prices-history points for one token: t in unix seconds, p as Polymarket sends it (0–1). */
export const priceHistoryRow = z.object({
  tokenId: z.string(),
  points: z.array(z.object({ t: z.number(), p: z.number() })),
  fidelityMinutes: z.number().int().positive(),
  fetchedAt: epochMs,
});
export type PriceHistoryRow = z.infer<typeof priceHistoryRow>;
