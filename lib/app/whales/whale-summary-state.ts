import { z } from 'zod';
import type { MarketWhaleSummary } from '../../core/whales/market-whale-summary';
import type { Store } from '../ports/store-port';

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

export async function saveWhaleSummary(
  store: Store,
  computedAt: number,
  covered: readonly string[],
  summaries: Map<string, MarketWhaleSummary>,
): Promise<void> {
  const markets: WhaleSummaryState['markets'] = {};
  for (const [id, s] of summaries)
    markets[id] = { whaleVolume24h: s.whaleVolume24h, distinctWhales: s.distinctWhales };
  await store.runtime.set(WHALE_MARKETS_KEY, { computedAt, covered: [...covered], markets });
}

export function loadWhaleSummary(store: Store): Promise<WhaleSummaryState | undefined> {
  return store.runtime.get(WHALE_MARKETS_KEY, whaleSummaryStateSchema);
}
