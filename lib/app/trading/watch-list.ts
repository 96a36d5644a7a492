import type { ReferenceMode } from '../../core/model/rows/price-references';
import { type WatchedMarket, watchedMarkets } from '../../core/rules/watched-markets';
import { isSingleSide, type StrategyName } from '../../core/strategies/strategy-names';
import type { Store } from '../ports/store-port';

export type WatchStore = Pick<Store, 'priceReferences' | 'markets'>;

/**
 * The single-side strategy's watch list: markets with a stored reference it has not traded yet in
 * the current mode, newest first, each with the marks of its latest look and its progress toward
 * the threshold (lib/core/rules/watched-markets.ts). Empty for the balancing strategy.
 */
export async function loadWatchList(
  store: WatchStore,
  strategy: StrategyName,
  threshold: number,
  mode: ReferenceMode,
  limit = 50,
): Promise<WatchedMarket[]> {
  if (!isSingleSide(strategy)) return [];
  const references = await store.priceReferences.watching(mode, limit);
  const markets = await store.markets.getMany(references.map((r) => r.marketId));
  return watchedMarkets(references, markets, strategy, threshold);
}
