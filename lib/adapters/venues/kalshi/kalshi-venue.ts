import type { OpenMarketStream } from '../../../app/monitor/realtime/market-stream';
import type { Exchange, MarketData } from '../../../app/ports/exchange-port';
import type { MarketListing, Venue } from '../../../app/ports/venue-port';
import type { Market } from '../../../core/model/market';
import { kalshiBookValue } from '../../../core/venues/kalshi/kalshi-market';
import { kalshiEndpoints } from '../../../settings/kalshi-settings';
import type { Settings } from '../../../settings/schema';
import type { KalshiHttpOptions } from '../../kalshi/kalshi-http';
import { KalshiMarketData } from '../../kalshi/kalshi-market-data';
import { KalshiReadClient } from '../../kalshi/kalshi-read-client';
import { listKalshiMarkets } from '../../kalshi/kalshi-scan-reads';
import { type KalshiCheckKeys, kalshiChecks } from './kalshi-checks';
import { kalshiIdOf, qualifiedKalshiBook, qualifiedKalshiMarket } from './kalshi-keys';
import { kalshiCandleInterval, kalshiResearch } from './kalshi-research';

export { kalshiCandleInterval } from './kalshi-research';

/** Tickers per `GET /markets/orderbooks` (Kalshi's batch limit). */
export const KALSHI_SCAN_BOOKS_PER_REQUEST = 100;
const WEEK_MS = 7 * 86_400_000;

export interface KalshiVenueDeps {
  /** The settings as they are now: the environment in use gives the REST URL, `kalshi.enabled` the listing. */
  settings: () => Promise<Settings>;
  now: () => number;
  fetch?: typeof fetch;
  /** The live Kalshi exchange (lib/adapters/kalshi/kalshi-exchange-factory.ts); absent: paper only. */
  live?: (settings: Settings) => Promise<Exchange>;
  /** The Kalshi key in the vault, for the diagnostics' signed read; absent: the key check says none. */
  keys?: KalshiCheckKeys;
  /**
   * Kalshi's signed market websocket (lib/adapters/kalshi/kalshi-stream-factory.ts); absent: Kalshi
   * positions are watched by the monitor pass alone.
   */
  stream?: OpenMarketStream;
}

/**
 * Kalshi's listing carries no liquidity (`liquidity_dollars` is always "0.0000"): a page's markets
 * get the value of their resting bids from one batched `GET /markets/orderbooks` per 100 markets,
 * so the scan's liquidity rule judges Kalshi markets by their books, not by a zero.
 */
async function withBookLiquidity(
  data: KalshiMarketData,
  page: MarketListing[],
  ctx: { addRequests(n: number): void },
): Promise<MarketListing[]> {
  const tickers = page.flatMap((listing) => (listing.ok ? [kalshiIdOf(listing.market.id)] : []));
  if (tickers.length === 0) return page;
  ctx.addRequests(Math.ceil(tickers.length / KALSHI_SCAN_BOOKS_PER_REQUEST));
  const lists = await data.bidLists(tickers);
  return page.map((listing) => {
    if (!listing.ok) return listing;
    const book = lists.get(kalshiIdOf(listing.market.id));
    return book ? { ok: true, market: { ...listing.market, liquidity: kalshiBookValue(book) } } : listing;
  });
}

/**
 * Kalshi as a venue: the open events' markets for the scan (only while `kalshi.enabled` is on),
 * books from the bids-only lists, history from candlesticks, markets by ticker, and the live
 * exchange when composed (demo unless the user switched to production). Every id leaves qualified
 * (`kalshi:TICKER`, `kalshi:TICKER:yes`) and enters unqualified (kalshi-keys.ts). Research reads
 * (a ticker, `kalshi:TICKER` or kalshi.com link; candlestick history) and the diagnostics' checks
 * (REST, key, location attestation) too. The websocket, when composed, needs the Kalshi key (a
 * signed handshake); without it Kalshi positions are watched by the monitor's REST passes.
 */
export function kalshiVenue(deps: KalshiVenueDeps): Venue {
  let cached: { baseUrl: string; data: KalshiMarketData } | undefined;
  const http = async (): Promise<KalshiHttpOptions> => ({
    baseUrl: kalshiEndpoints((await deps.settings()).kalshi).restUrl,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const data = async (): Promise<KalshiMarketData> => {
    const options = await http();
    if (cached?.baseUrl !== options.baseUrl)
      cached = {
        baseUrl: options.baseUrl,
        data: new KalshiMarketData({ http: options, read: new KalshiReadClient(options), now: deps.now }),
      };
    return cached.data;
  };
  const books = async (tokenIds: readonly string[]) =>
    tokenIds.length === 0
      ? []
      : (await (await data()).books(tokenIds.map(kalshiIdOf))).map(qualifiedKalshiBook);
  const marketData: MarketData = {
    books,
    markets: async (ids) => {
      const found = await (await data()).markets(ids.map(kalshiIdOf));
      return new Map<string, Market>(
        [...found.values()].map((market) => {
          const qualified = qualifiedKalshiMarket(market);
          return [qualified.id, qualified];
        }),
      );
    },
  };
  return {
    id: 'kalshi',
    reads: {
      async *listActiveMarkets(ctx) {
        const settings = await deps.settings();
        if (!settings.kalshi.enabled) return;
        for await (const page of listKalshiMarkets(await http(), { signal: ctx.signal })) {
          ctx.addRequests(1);
          const listed = page.map(
            (parse): MarketListing =>
              parse.ok
                ? { ok: true, market: qualifiedKalshiMarket(parse.market) }
                : { ok: false, id: parse.id === null ? null : `kalshi:${parse.id}`, reason: parse.reason },
          );
          yield await withBookLiquidity(await data(), listed, ctx);
        }
      },
      books,
      booksPerRequest: KALSHI_SCAN_BOOKS_PER_REQUEST,
      weekHistory: async ({ tokenId, fidelityMinutes }) => {
        const endMs = deps.now();
        return (await data()).priceHistory(kalshiIdOf(tokenId), {
          startTs: Math.floor((endMs - WEEK_MS) / 1000),
          endTs: Math.floor(endMs / 1000),
          interval: kalshiCandleInterval(fidelityMinutes),
        });
      },
    },
    marketData,
    ...(deps.live ? { live: deps.live } : {}),
    research: kalshiResearch({
      enabled: async () => (await deps.settings()).kalshi.enabled,
      read: async () => new KalshiReadClient(await http()),
      data,
      now: deps.now,
    }),
    diagnostics: (context) =>
      kalshiChecks(context, {
        ...(deps.keys ? { keys: deps.keys } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      }),
    ...(deps.stream
      ? { stream: deps.stream, streamKey: (s: Settings) => kalshiEndpoints(s.kalshi).wsUrl }
      : {}),
  };
}
