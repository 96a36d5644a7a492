import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeEvent } from '../state/market-model.ts';
import { gammaMarketJson } from './gamma-market-json.ts';

const SEARCH_MARKET_KEYS = [
  'id',
  'question',
  'conditionId',
  'slug',
  'outcomes',
  'outcomePrices',
  'clobTokenIds',
  'active',
  'closed',
  'archived',
  'acceptingOrders',
  'liquidity',
  'volume24hr',
  'endDate',
] as const;

/** Event as returned by /public-search: the trimmed field set of the recorded fixture. */
export function searchEventJson(state: FakePolymarketState, event: FakeEvent) {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    markets: event.markets.map((market) => {
      const full = gammaMarketJson(state, market, false);
      const trimmed: Record<string, unknown> = {};
      for (const key of SEARCH_MARKET_KEYS) if (key in full) trimmed[key] = full[key];
      trimmed.events = [{ slug: event.slug }];
      return trimmed;
    }),
  };
}
