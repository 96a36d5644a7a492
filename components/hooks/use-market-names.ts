import { useLiveQuery } from 'dexie-react-hooks';
import {
  WHALE_MARKETS_KEY,
  type WhaleSummaryState,
  whaleSummaryStateSchema,
} from '../../lib/core/model/rows/whale-summary-state';
import { pageStore } from './use-store';

/** Market names by condition id, from the scanned opportunities and the user's own positions. */
export function useMarketNamesByCondition(): Map<string, string> {
  return useLiveQuery(
    async () => {
      const store = pageStore();
      const [opportunities, positions] = await Promise.all([
        store.opportunities.all(),
        store.positions.all(),
      ]);
      const names = new Map<string, string>();
      for (const o of opportunities) names.set(o.conditionId, o.marketName);
      for (const p of positions) names.set(p.conditionId, p.marketName);
      return names;
    },
    [],
    new Map<string, string>(),
  );
}

/** The whale pass's per-market summary (runtime state 'whales.markets'), keyed by condition id. */
export function useWhaleMarkets(): WhaleSummaryState | undefined {
  return useLiveQuery(() => pageStore().runtime.get(WHALE_MARKETS_KEY, whaleSummaryStateSchema));
}
