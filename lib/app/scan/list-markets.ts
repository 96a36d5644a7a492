import type { GammaClient } from '../../adapters/polymarket/gamma-client';
import type { GammaMarketFilter } from '../../adapters/polymarket/gamma-filters';
import type { GammaMarketParse } from '../../adapters/polymarket/schemas/parse-gamma-market';
import type { PassContext } from '../run-pass';

export interface ListingOptions {
  /** Gamma caps keyset pages at 100 markets. */
  keysetPageSize: number;
  /** Offset pages can be bigger (no documented cap; 500 is what others use). */
  offsetPageSize: number;
}

export const DEFAULT_LISTING: Readonly<ListingOptions> = Object.freeze({
  keysetPageSize: 100,
  offsetPageSize: 500,
});

const ACTIVE: GammaMarketFilter = { active: true, closed: false, archived: false };

/**
 * Every active market, page by page: keyset pages first; when the keyset route itself fails on
 * the first page (older deployments, a proxy, the sunset of one of the two), offset pages. A failure
 * after the first page propagates (the listing is the one source a scan cannot do without).
 */
export async function* listActiveMarkets(
  gamma: GammaClient,
  ctx: PassContext,
  options: ListingOptions = DEFAULT_LISTING,
): AsyncGenerator<GammaMarketParse[]> {
  let cursor: string | undefined;
  let first = true;
  for (;;) {
    if (ctx.signal.aborted) return;
    let page: Awaited<ReturnType<GammaClient['marketsKeyset']>>;
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

async function* offsetPages(gamma: GammaClient, ctx: PassContext, limit: number) {
  for (let offset = 0; ; offset += limit) {
    if (ctx.signal.aborted) return;
    ctx.addRequests(1);
    const page = await gamma.listMarkets(ACTIVE, { limit, offset });
    if (page.length > 0) yield page;
    if (page.length < limit) return;
  }
}
