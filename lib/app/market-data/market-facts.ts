import type { Market } from '../../core/model/market';
import type { Clock } from '../../ports';
import type { MarketData } from '../ports/exchange-port';
import type { Store } from '../ports/store-port';

export interface MarketFactsDeps {
  store: Pick<Store, 'markets'>;
  marketData: Pick<MarketData, 'markets'>;
  clock: Clock;
}

/** Market facts are re-read from Gamma at most every 10 minutes, and every pass once a market's end time has passed. */
export const MARKET_REFRESH_MS = 10 * 60_000;

/**
 * The markets of the open positions: from the cache the scan keeps, refreshed from Gamma (one
 * request) only for markets that are missing, older than MARKET_REFRESH_MS, or past their end time
 * (waiting for resolution). A typical pass therefore costs only its book requests.
 */
export async function currentMarkets(
  deps: MarketFactsDeps,
  ids: string[],
): Promise<{ markets: Map<string, Market>; requests: number }> {
  const now = deps.clock.now();
  const cached = await deps.store.markets.getManyWithAge(ids);
  const stale = ids.filter((id) => {
    const entry = cached.get(id);
    return !entry || now - entry.updatedAt > MARKET_REFRESH_MS || (entry.market.endTime ?? Infinity) <= now;
  });
  const markets = new Map([...cached].map(([id, entry]) => [id, entry.market]));
  if (stale.length === 0) return { markets, requests: 0 };
  const fresh = await deps.marketData.markets(stale);
  await deps.store.markets.upsertMany([...fresh.values()]);
  for (const [id, market] of fresh) markets.set(id, market);
  return { markets, requests: 1 };
}

/**
 * Re-read some markets from Gamma now, whatever their cache age: a market whose order books vanished
 * has usually just resolved, and its position should settle in this pass, not ten minutes later.
 */
export async function rereadMarkets(
  deps: MarketFactsDeps,
  markets: Map<string, Market>,
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const fresh = await deps.marketData.markets(ids);
  await deps.store.markets.upsertMany([...fresh.values()]);
  for (const [id, market] of fresh) markets.set(id, market);
  return 1;
}
