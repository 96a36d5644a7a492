import type { FoundMarkets } from '../../app/ports/venue-research-port';
import type { MarketRef } from '../../core/backtest/import/market-refs';
import type { GammaClient } from './gamma-client';
import type { GammaMarketFilter } from './gamma-filters';

/**
 * The Gamma market(s) a user's reference names, open or closed: Gamma's /markets answers closed=false
 * unless asked, so each lookup is tried open, then with closed=true. A link's slugs are tried most
 * specific first (the market's, then the event's, which single-market events share).
 */
export async function findMarkets(
  gamma: Pick<GammaClient, 'listMarkets'>,
  ref: MarketRef,
): Promise<FoundMarkets> {
  const filters: GammaMarketFilter[] =
    ref.kind === 'id' ? [{ ids: [ref.id] }] : ref.slugs.map((s) => ({ slugs: [s] }));
  const unreadable: string[] = [];
  for (const filter of filters) {
    for (const closed of [undefined, true]) {
      const parsed = await gamma.listMarkets({ ...filter, ...(closed ? { closed } : {}) }, { limit: 20 });
      const markets = parsed.flatMap((p) => (p.ok ? [p.market] : []));
      unreadable.push(...parsed.flatMap((p) => (p.ok ? [] : [p.reason])));
      if (markets.length > 0) return { markets, unreadable };
    }
  }
  return { markets: [], unreadable };
}
