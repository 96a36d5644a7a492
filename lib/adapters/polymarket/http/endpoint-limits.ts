import type { PolymarketApi } from './polymarket-endpoints';

/** A named sliding-window budget: `limit` requests per `windowMs` (Polymarket's published numbers). */
export interface RateBucket {
  key: string;
  limit: number;
}

export const RATE_WINDOW_MS = 10_000;

/** Polymarket docs "Rate Limits" (polymarket-api.md §8), per 10 s sliding window. */
const GLOBAL: RateBucket = { key: 'all', limit: 15_000 };
const GENERAL: Record<PolymarketApi, RateBucket> = {
  gamma: { key: 'gamma', limit: 4_000 },
  clob: { key: 'clob', limit: 9_000 },
  data: { key: 'data', limit: 1_000 },
};

const GAMMA_LISTING: RateBucket = { key: 'gamma:listing', limit: 900 };
const GAMMA_MARKETS: RateBucket = { key: 'gamma:/markets', limit: 300 };
const GAMMA_EVENTS: RateBucket = { key: 'gamma:/events', limit: 500 };

/** Route template → its specific buckets (on top of the API's general bucket and the global one). */
const ROUTE_BUCKETS: Record<PolymarketApi, Record<string, RateBucket[]>> = {
  gamma: {
    '/markets': [GAMMA_MARKETS, GAMMA_LISTING],
    '/markets/keyset': [GAMMA_MARKETS, GAMMA_LISTING],
    '/markets/{id}': [GAMMA_MARKETS],
    '/markets/slug/{slug}': [GAMMA_MARKETS],
    '/events': [GAMMA_EVENTS, GAMMA_LISTING],
    '/events/keyset': [GAMMA_EVENTS, GAMMA_LISTING],
    '/events/{id}': [GAMMA_EVENTS],
    '/events/slug/{slug}': [GAMMA_EVENTS],
    '/public-search': [{ key: 'gamma:/public-search', limit: 350 }],
    '/tags': [{ key: 'gamma:/tags', limit: 200 }],
    '/comments': [{ key: 'gamma:/comments', limit: 200 }],
  },
  clob: {
    '/book': [{ key: 'clob:/book', limit: 1_500 }],
    '/books': [{ key: 'clob:/books', limit: 500 }],
    '/price': [{ key: 'clob:/price', limit: 1_500 }],
    '/prices': [{ key: 'clob:/prices', limit: 500 }],
    '/midpoint': [{ key: 'clob:/midpoint', limit: 1_500 }],
    '/midpoints': [{ key: 'clob:/midpoints', limit: 500 }],
    '/prices-history': [{ key: 'clob:/prices-history', limit: 1_000 }],
    '/tick-size': [{ key: 'clob:/tick-size', limit: 200 }],
  },
  data: {
    '/trades': [{ key: 'data:/trades', limit: 200 }],
    '/positions': [{ key: 'data:/positions', limit: 150 }],
    '/closed-positions': [{ key: 'data:/closed-positions', limit: 150 }],
    '/ok': [{ key: 'data:/ok', limit: 100 }],
  },
};

/** Every bucket a request to `route` (a template such as `/markets/{id}`) draws from. */
export function bucketsFor(api: PolymarketApi, route: string): RateBucket[] {
  return [...(ROUTE_BUCKETS[api][route] ?? []), GENERAL[api], GLOBAL];
}
