import {
  WHALE_MARKETS_KEY,
  type WhaleSummaryState,
  whaleSummaryStateSchema,
} from '../../core/model/rows/whale-summary-state';
import type { MarketWhaleSummary } from '../../core/whales/market-whale-summary';
import type { Store } from '../ports/store-port';

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
