import type { GammaListingFilter, GammaMarketParse, GammaReads } from '../../../app/ports/polymarket-reads';
import type { ListingContext } from '../../../app/ports/venue-port';

export interface ListingOptions {
  /** Events keyset pages carry up to 500 events, each with its markets: the fewest round trips. */
  eventPageSize: number;
  /** Gamma caps keyset pages at 100 markets. */
  keysetPageSize: number;
  /** Offset pages can be bigger (no documented cap; 500 is what others use). */
  offsetPageSize: number;
}

export const DEFAULT_LISTING: Readonly<ListingOptions> = Object.freeze({
  eventPageSize: 500,
  keysetPageSize: 100,
  offsetPageSize: 500,
});

const ACTIVE: GammaListingFilter = { active: true, closed: false, archived: false };

/**
 * Every active market, page by page. First through the events keyset route (500 events a page,
 * markets nested: 5,000 markets in about ten round trips); when that route fails on its first page,
 * through the markets keyset route (100 a page); when that fails too, offset pages. A failure after
 * the first page propagates (the listing is the one source a scan cannot do without).
 */
export async function* listActiveMarkets(
  gamma: GammaReads,
  ctx: ListingContext,
  options: ListingOptions = DEFAULT_LISTING,
): AsyncGenerator<GammaMarketParse[]> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    if (ctx.signal.aborted) return;
    let page: Awaited<ReturnType<GammaReads['eventsKeyset']>>;
    try {
      ctx.addRequests(1);
      page = await gamma.eventsKeyset(ACTIVE, { limit: options.eventPageSize, afterCursor: cursor });
    } catch (error) {
      if (!first) throw error;
      yield* marketPages(gamma, ctx, options);
      return;
    }
    first = false;
    const markets = page.items.flatMap((event): GammaMarketParse[] => {
      if (!event.ok)
        return [
          {
            ok: false,
            id: event.id ? `event ${event.id}` : null,
            reason: `Unreadable event: ${event.reason}`,
          },
        ];
      return event.event.markets.filter((m) => {
        // An active event can hold resolved siblings: list only what the markets routes would.
        if (m.ok && (!m.market.active || m.market.closed || m.market.archived)) return false;
        const id = m.ok ? m.market.id : m.id;
        if (id === null) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    });
    if (markets.length > 0) yield markets;
    if (!page.nextCursor || page.nextCursor === cursor) return;
    cursor = page.nextCursor;
  }
}

async function* marketPages(
  gamma: GammaReads,
  ctx: ListingContext,
  options: ListingOptions,
): AsyncGenerator<GammaMarketParse[]> {
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    if (ctx.signal.aborted) return;
    let page: Awaited<ReturnType<GammaReads['marketsKeyset']>>;
    try {
      ctx.addRequests(1);
      page = await gamma.marketsKeyset(ACTIVE, { limit: options.keysetPageSize, afterCursor: cursor });
    } catch (error) {
      if (!first) throw error;
      yield* offsetPages(gamma, ctx, options.offsetPageSize);
      return;
    }
    first = false;
    if (page.items.length > 0) yield page.items;
    if (!page.nextCursor || page.nextCursor === cursor) return;
    cursor = page.nextCursor;
  }
}

async function* offsetPages(gamma: GammaReads, ctx: ListingContext, limit: number) {
  for (let offset = 0; ; offset += limit) {
    if (ctx.signal.aborted) return;
    ctx.addRequests(1);
    const page = await gamma.listMarkets(ACTIVE, { limit, offset });
    if (page.length > 0) yield page;
    if (page.length < limit) return;
  }
}
