import { z } from 'zod';
import { type KalshiMarketParse, kalshiMarketToCore } from '../../core/venues/kalshi/kalshi-market';
import { describeIssues } from '../polymarket/schemas/wire-primitives';
import { KALSHI_MAX_EVENTS_PAGE } from './kalshi-endpoints';
import { type KalshiHttpOptions, kalshiRequest } from './kalshi-http';
import { kalshiCursor, kalshiMarketSchema } from './schemas/market';

/**
 * The scan's listing on Kalshi: `GET /events?status=open&with_nested_markets=true`, page by page
 * along the cursor, every market decoded on its own — one untrustworthy market is left out WITH its
 * reason (as the Polymarket scan keeps GammaMarketParse reasons), never the whole page. Only
 * markets that trade now are listed; an open event can hold closed siblings.
 */
const eventHead = z.object({
  event_ticker: z.string().min(1),
  title: z.string(),
  category: z.string().optional().default(''),
  markets: z.array(z.unknown()).nullish(),
});

const eventsEnvelope = z.object({ events: z.array(z.unknown()), cursor: kalshiCursor });

export interface KalshiListingPage {
  markets: KalshiMarketParse[];
  /** "" on the last page. */
  cursor: string;
}

function tickerOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('ticker' in raw)) return null;
  const { ticker } = raw as { ticker: unknown };
  return typeof ticker === 'string' ? ticker : null;
}

export function decodeKalshiEvent(raw: unknown): KalshiMarketParse[] {
  const head = eventHead.safeParse(raw);
  if (!head.success) {
    const id =
      typeof raw === 'object' && raw !== null ? (raw as { event_ticker?: unknown }).event_ticker : null;
    return [
      {
        ok: false,
        id: typeof id === 'string' ? `event ${id}` : null,
        reason: `Unreadable Kalshi event: ${describeIssues(head.error)}`,
      },
    ];
  }
  const event = {
    eventTicker: head.data.event_ticker,
    title: head.data.title,
    category: head.data.category,
  };
  return (head.data.markets ?? []).flatMap((rawMarket): KalshiMarketParse[] => {
    const market = kalshiMarketSchema.safeParse(rawMarket);
    if (!market.success)
      return [
        {
          ok: false,
          id: tickerOf(rawMarket),
          reason: `Unreadable Kalshi market: ${describeIssues(market.error)}`,
        },
      ];
    const parsed = kalshiMarketToCore(market.data, { event });
    if (parsed.ok && !parsed.market.acceptingOrders) return [];
    return [parsed];
  });
}

/** One page of open events with their markets decoded (or left out with the reason). */
export async function kalshiListingPage(
  http: KalshiHttpOptions,
  cursor = '',
  limit = KALSHI_MAX_EVENTS_PAGE,
): Promise<KalshiListingPage> {
  const page = await kalshiRequest(
    http,
    {
      method: 'GET',
      path: '/events',
      query: {
        status: 'open',
        with_nested_markets: true,
        limit,
        cursor: cursor || undefined,
      },
    },
    eventsEnvelope,
  );
  return { markets: page.events.flatMap(decodeKalshiEvent), cursor: page.cursor };
}

/** Every open Kalshi market, page by page (at most `maxPages`), for the scan. */
export async function* listKalshiMarkets(
  http: KalshiHttpOptions,
  options: { maxPages?: number; pageSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<KalshiMarketParse[]> {
  let cursor = '';
  for (let page = 0; page < (options.maxPages ?? 50); page += 1) {
    if (options.signal?.aborted) return;
    const next = await kalshiListingPage(http, cursor, options.pageSize);
    if (next.markets.length > 0) yield next.markets;
    if (!next.cursor || next.cursor === cursor) return;
    cursor = next.cursor;
  }
}
