import type { Market } from '../../core/model/market';
import type { Logger } from '../../log/logger';
import type { MarketData } from '../ports/exchange-port';

/**
 * The trading engine's market reads, keeping every market they fetch in the store's market cache,
 * so the pages can name a market the bot looked at outside a scan (an entry from the overlay, a
 * market a single-side strategy watches after it left the scan's list). A failed cache write is
 * logged and never fails the read.
 */
export function withMarketCaching(
  inner: MarketData,
  deps: {
    store: { markets: { upsertMany(markets: Market[]): Promise<void> } };
    logger?: Pick<Logger, 'warn'>;
  },
): MarketData {
  return {
    books: (tokenIds) => inner.books(tokenIds),
    async markets(ids) {
      const markets = await inner.markets(ids);
      try {
        await deps.store.markets.upsertMany([...markets.values()]);
      } catch (error) {
        deps.logger?.warn('markets not cached', {
          message: error instanceof Error ? error.message : String(error),
        });
      }
      return markets;
    },
  };
}
