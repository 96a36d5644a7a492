import { describe, expect, it } from 'vitest';
import { withMarketCaching } from '../../../lib/app/market-data/caching-market-data';
import type { MarketData } from '../../../lib/app/ports/exchange-port';
import type { Market } from '../../../lib/core/model/market';
import { makeMarket } from '../core/support/markets';

const market = makeMarket();
const inner: MarketData = {
  books: async () => [],
  markets: async (ids) => new Map(ids.filter((id) => id === market.id).map((id) => [id, market])),
};

describe('market reads that fill the market cache', () => {
  it('caches every market read and returns the read unchanged', async () => {
    const cached: Market[] = [];
    const data = withMarketCaching(inner, {
      store: {
        markets: {
          upsertMany: async (m: Market[]) => {
            cached.push(...m);
          },
        },
      },
    });
    const read = await data.markets([market.id, 'missing']);
    expect([...read.keys()]).toEqual([market.id]);
    expect(cached).toEqual([market]);
  });

  it('still answers when the cache write fails', async () => {
    const warnings: string[] = [];
    const data = withMarketCaching(inner, {
      store: {
        markets: {
          upsertMany: async () => {
            throw new Error('quota');
          },
        },
      },
      logger: { warn: (m: string) => void warnings.push(m) },
    });
    expect((await data.markets([market.id])).get(market.id)).toBe(market);
    expect(warnings).toEqual(['markets not cached']);
  });
});
