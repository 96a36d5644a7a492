import { z } from 'zod';

export const WHALE_MARKETS_KEY = 'whales.markets';

/** Runtime state 'whales.markets': the whale pass's per-market summary, for the scorer. */
export const whaleSummaryStateSchema = z.object({
  computedAt: z.number(),
  /** Markets whose trades were read (absent from `markets` = no whale activity, not unknown). */
  covered: z.array(z.string()),
  markets: z.record(
    z.string(),
    z.object({ whaleVolume24h: z.number(), distinctWhales: z.number().int().nonnegative() }),
  ),
});
export type WhaleSummaryState = z.infer<typeof whaleSummaryStateSchema>;
