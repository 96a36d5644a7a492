import type { GammaReads, KeysetPage } from '../../app/ports/polymarket-reads';
import { isAppError } from '../../errors/app-error';
import { decodeResponse } from './decode-response';
import {
  eventFilterQuery,
  type GammaEventFilter,
  type GammaMarketFilter,
  marketFilterQuery,
} from './gamma-filters';
import type { PolymarketHttp } from './http/polymarket-http';
import { type GammaEventParse, parseGammaEvent } from './schemas/gamma-event';
import {
  gammaEventsKeysetSchema,
  gammaListSchema,
  gammaMarketsKeysetSchema,
  gammaSearchSchema,
} from './schemas/gamma-pages';
import { type GammaMarketParse, parseGammaMarket } from './schemas/parse-gamma-market';

export interface OffsetPage {
  limit?: number;
  offset?: number;
}

export type { KeysetPage };

export interface PagingOptions {
  pageSize?: number;
  /** Stop after this many pages (a safety net against endless lists). Default 1000. */
  maxPages?: number;
}

export interface SearchOptions {
  limitPerType?: number;
  page?: number;
  eventsStatus?: 'active' | 'closed';
  keepClosedMarkets?: boolean;
}

export interface SearchResult {
  events: GammaEventParse[];
  tags: Array<{ slug: string; label: string; eventCount: number | null }>;
  hasMore: boolean;
  totalResults: number | null;
}

/**
 * Typed reads of the Gamma API. Every market comes back parsed or rejected with a reason
 * (`GammaMarketParse`), so callers keep the reasons instead of losing markets silently.
 */
export class GammaClient implements GammaReads {
  constructor(private readonly http: PolymarketHttp) {}

  async listMarkets(filter: GammaMarketFilter = {}, page: OffsetPage = {}): Promise<GammaMarketParse[]> {
    const raw = await this.http.request({
      api: 'gamma',
      route: '/markets',
      query: { ...marketFilterQuery(filter), limit: page.limit, offset: page.offset },
    });
    return decodeResponse(gammaListSchema, raw, '/markets').map((m) => parseGammaMarket(m));
  }

  /** Offset pagination: pages until a short page. */
  async *marketPages(filter: GammaMarketFilter = {}, options: PagingOptions = {}) {
    const limit = options.pageSize ?? 100;
    for (let page = 0; page < (options.maxPages ?? 1000); page++) {
      const markets = await this.listMarkets(filter, { limit, offset: page * limit });
      if (markets.length > 0) yield markets;
      if (markets.length < limit) return;
    }
  }

  async marketsKeyset(
    filter: GammaMarketFilter = {},
    page: { limit?: number; afterCursor?: string } = {},
  ): Promise<KeysetPage<GammaMarketParse>> {
    const raw = await this.http.request({
      api: 'gamma',
      route: '/markets/keyset',
      query: { ...marketFilterQuery(filter), limit: page.limit, after_cursor: page.afterCursor },
    });
    const body = decodeResponse(gammaMarketsKeysetSchema, raw, '/markets/keyset');
    return { items: body.markets.map((m) => parseGammaMarket(m)), nextCursor: body.next_cursor || null };
  }

  /** Keyset pagination: follows `next_cursor` until it is omitted. */
  async *marketKeysetPages(filter: GammaMarketFilter = {}, options: PagingOptions = {}) {
    let cursor: string | undefined;
    for (let page = 0; page < (options.maxPages ?? 1000); page++) {
      const result = await this.marketsKeyset(filter, {
        limit: options.pageSize ?? 100,
        afterCursor: cursor,
      });
      if (result.items.length > 0) yield result.items;
      if (!result.nextCursor || result.nextCursor === cursor) return;
      cursor = result.nextCursor;
    }
  }

  async listEvents(filter: GammaEventFilter = {}, page: OffsetPage = {}): Promise<GammaEventParse[]> {
    const raw = await this.http.request({
      api: 'gamma',
      route: '/events',
      query: { ...eventFilterQuery(filter), limit: page.limit, offset: page.offset },
    });
    return decodeResponse(gammaListSchema, raw, '/events').map(parseGammaEvent);
  }

  async *eventPages(filter: GammaEventFilter = {}, options: PagingOptions = {}) {
    const limit = options.pageSize ?? 100;
    for (let page = 0; page < (options.maxPages ?? 1000); page++) {
      const events = await this.listEvents(filter, { limit, offset: page * limit });
      if (events.length > 0) yield events;
      if (events.length < limit) return;
    }
  }

  async eventsKeyset(
    filter: GammaEventFilter = {},
    page: { limit?: number; afterCursor?: string } = {},
  ): Promise<KeysetPage<GammaEventParse>> {
    const raw = await this.http.request({
      api: 'gamma',
      route: '/events/keyset',
      query: { ...eventFilterQuery(filter), limit: page.limit, after_cursor: page.afterCursor },
    });
    const body = decodeResponse(gammaEventsKeysetSchema, raw, '/events/keyset');
    return { items: body.events.map(parseGammaEvent), nextCursor: body.next_cursor || null };
  }

  async *eventKeysetPages(filter: GammaEventFilter = {}, options: PagingOptions = {}) {
    let cursor: string | undefined;
    for (let page = 0; page < (options.maxPages ?? 1000); page++) {
      const result = await this.eventsKeyset(filter, { limit: options.pageSize ?? 100, afterCursor: cursor });
      if (result.items.length > 0) yield result.items;
      if (!result.nextCursor || result.nextCursor === cursor) return;
      cursor = result.nextCursor;
    }
  }

  /** null when Gamma has no such market (404). */
  async getMarketById(id: string): Promise<GammaMarketParse | null> {
    return this.single('/markets/{id}', { id });
  }

  async getMarketBySlug(slug: string): Promise<GammaMarketParse | null> {
    return this.single('/markets/slug/{slug}', { slug });
  }

  async getMarketByConditionId(conditionId: string): Promise<GammaMarketParse | null> {
    const [first] = await this.listMarkets({ conditionIds: [conditionId] }, { limit: 1 });
    return first ?? null;
  }

  async getEventById(id: string): Promise<GammaEventParse | null> {
    return this.singleEvent('/events/{id}', { id });
  }

  async getEventBySlug(slug: string): Promise<GammaEventParse | null> {
    return this.singleEvent('/events/slug/{slug}', { slug });
  }

  async search(q: string, options: SearchOptions = {}): Promise<SearchResult> {
    const raw = await this.http.request({
      api: 'gamma',
      route: '/public-search',
      query: {
        q,
        limit_per_type: options.limitPerType,
        page: options.page,
        events_status: options.eventsStatus,
        keep_closed_markets: options.keepClosedMarkets,
      },
      cacheTtlMs: 30_000,
    });
    const body = decodeResponse(gammaSearchSchema, raw, '/public-search');
    return {
      events: (body.events ?? []).map(parseGammaEvent),
      tags: (body.tags ?? []).map((t) => ({
        slug: t.slug ?? '',
        label: t.label ?? '',
        eventCount: t.event_count ?? null,
      })),
      hasMore: body.pagination?.hasMore ?? false,
      totalResults: body.pagination?.totalResults ?? null,
    };
  }

  private async single(route: string, pathParams: Record<string, string>): Promise<GammaMarketParse | null> {
    const raw = await this.orNull(this.http.request({ api: 'gamma', route, pathParams }));
    return raw === null ? null : parseGammaMarket(raw);
  }

  private async singleEvent(
    route: string,
    pathParams: Record<string, string>,
  ): Promise<GammaEventParse | null> {
    const raw = await this.orNull(this.http.request({ api: 'gamma', route, pathParams }));
    return raw === null ? null : parseGammaEvent(raw);
  }

  private async orNull(request: Promise<unknown>): Promise<unknown> {
    try {
      return await request;
    } catch (e) {
      if (isAppError(e) && e.status === 404) return null;
      throw e;
    }
  }
}
