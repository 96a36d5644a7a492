import { gammaEventSummary, gammaMarketJson } from '../serializers/gamma-market-json.ts';
import { searchEventJson } from '../serializers/gamma-search-json.ts';
import { apiError, json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeEvent } from '../state/market-model.ts';
import { filterMarkets, limitOffset } from './gamma-market-filter.ts';

const KEYSET_OFFSET_ERROR = { type: 'validation error', error: 'offset is not allowed on keyset endpoints' };
const keysetCursor = (index: number) => Buffer.from(`k:${index}`).toString('base64url');
const keysetIndex = (cursor: string | null) =>
  cursor ? Number(Buffer.from(cursor, 'base64url').toString('utf8').slice(2)) || 0 : 0;

/** Gamma: /markets (+id, slug, keyset), /events (+id, slug, keyset), /public-search. */
export function addGammaRoutes(router: Router, state: FakePolymarketState): void {
  const market = (m: Parameters<typeof gammaMarketJson>[1]) => gammaMarketJson(state, m);
  const event = (e: FakeEvent) => ({
    ...gammaEventSummary(state, e.id),
    markets: e.markets.map((m) => gammaMarketJson(state, m, false)),
  });
  const eventsFiltered = (query: URLSearchParams): FakeEvent[] => {
    const ids = new Set(filterMarkets(state, query).map((m) => m.eventId));
    return state.events.filter((e) => ids.has(e.id));
  };
  router
    .add('GET', '/markets', (req) => {
      const { limit, offset } = limitOffset(req.query, 20, 1000);
      return json(
        filterMarkets(state, req.query, false)
          .slice(offset, offset + limit)
          .map(market),
      );
    })
    .add('GET', '/markets/keyset', (req) => {
      if (req.query.has('offset')) return json(KEYSET_OFFSET_ERROR, 422);
      const { limit } = limitOffset(req.query, 20, 100);
      const start = keysetIndex(req.query.get('after_cursor'));
      const all = filterMarkets(state, req.query, false);
      const page = all.slice(start, start + limit).map(market);
      const next = start + limit < all.length ? { next_cursor: keysetCursor(start + limit) } : {};
      return json({ markets: page, ...next });
    })
    .add('GET', '/markets/slug/:slug', (_req, params) => {
      const found = state.markets.find((m) => m.slug === params.slug);
      return found ? json(market(found)) : apiError(404, 'market not found');
    })
    .add('GET', '/markets/:id', (_req, params) => {
      const found = state.markets.find((m) => m.id === params.id);
      return found ? json(market(found)) : apiError(404, 'market not found');
    })
    .add('GET', '/events', (req) => {
      const { limit, offset } = limitOffset(req.query, 20, 1000);
      return json(
        eventsFiltered(req.query)
          .slice(offset, offset + limit)
          .map(event),
      );
    })
    .add('GET', '/events/keyset', (req) => {
      if (req.query.has('offset')) return json(KEYSET_OFFSET_ERROR, 422);
      const { limit } = limitOffset(req.query, 20, 500);
      const start = keysetIndex(req.query.get('after_cursor'));
      const all = eventsFiltered(req.query);
      const next = start + limit < all.length ? { next_cursor: keysetCursor(start + limit) } : {};
      return json({ events: all.slice(start, start + limit).map(event), ...next });
    })
    .add('GET', '/events/slug/:slug', (_req, params) => {
      const found = state.events.find((e) => e.slug === params.slug);
      return found ? json(event(found)) : apiError(404, 'event not found');
    })
    .add('GET', '/events/:id', (_req, params) => {
      const found = state.events.find((e) => e.id === params.id);
      return found ? json(event(found)) : apiError(404, 'event not found');
    })
    .add('GET', '/public-search', (req) => {
      const q = (req.query.get('q') ?? '').toLowerCase();
      if (!q) return apiError(422, 'q is required');
      const perType = Number(req.query.get('limit_per_type') ?? 10) || 10;
      const keepClosed =
        req.query.get('keep_closed_markets') === '1' || req.query.get('events_status') === 'all';
      const hits = state.events.filter(
        (e) => e.title.toLowerCase().includes(q) && (keepClosed || e.markets.some((m) => !m.closed)),
      );
      return json({
        events: hits.slice(0, perType).map((e) => searchEventJson(state, e)),
        tags: [],
        profiles: [],
        pagination: { hasMore: hits.length > perType, totalResults: hits.length },
      });
    });
}
