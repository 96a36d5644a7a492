import type { Micros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import { type KalshiBidLists, kalshiOrderBook } from '../../core/venues/kalshi/bids-only-book';
import { kalshiFinestTick } from '../../core/venues/kalshi/price-grid';
import { KALSHI_MAX_EVENTS_PAGE, KALSHI_MAX_MARKETS_PAGE, KALSHI_MAX_TRADES_PAGE } from './kalshi-endpoints';
import { type KalshiHttpOptions, type KalshiQuery, kalshiRequest } from './kalshi-http';
import { type KalshiCandlestick, kalshiCandlesticksResponseSchema } from './schemas/candlesticks';
import { type KalshiEvent, kalshiEventsPageSchema } from './schemas/event';
import { type KalshiMarket, kalshiMarketResponseSchema, kalshiMarketsPageSchema } from './schemas/market';
import { kalshiOrderbookResponseSchema } from './schemas/orderbook';
import { kalshiExchangeStatusSchema } from './schemas/portfolio';
import { type KalshiTrade, kalshiTradesPageSchema } from './schemas/trades';

export interface KalshiPage<T> {
  items: T[];
  /** "" on the last page. */
  cursor: string;
}

export interface KalshiBothBooks {
  lists: KalshiBidLists;
  yes: OrderBook;
  no: OrderBook;
}

/** Candle widths Kalshi serves, in minutes. */
export type KalshiCandleInterval = 1 | 60 | 1440;

/** Public market data from one Kalshi environment (kalshi-api.md §3). */
export class KalshiReadClient {
  constructor(private readonly http: KalshiHttpOptions) {}

  exchangeStatus() {
    return kalshiRequest(this.http, { method: 'GET', path: '/exchange/status' }, kalshiExchangeStatusSchema);
  }

  async marketsPage(
    query: KalshiQuery & { cursor?: string; limit?: number } = {},
  ): Promise<KalshiPage<KalshiMarket>> {
    const page = await kalshiRequest(
      this.http,
      {
        method: 'GET',
        path: '/markets',
        query: { limit: KALSHI_MAX_MARKETS_PAGE, ...query, cursor: query.cursor || undefined },
      },
      kalshiMarketsPageSchema,
    );
    return { items: page.markets, cursor: page.cursor };
  }

  /** Every market matching the filter, following the cursor to its end (at most `maxPages`). */
  async allMarkets(query: KalshiQuery = {}, maxPages = 50): Promise<KalshiMarket[]> {
    return collectPages((cursor) => this.marketsPage({ ...query, cursor }), maxPages);
  }

  async eventsPage(query: KalshiQuery & { cursor?: string } = {}): Promise<KalshiPage<KalshiEvent>> {
    const page = await kalshiRequest(
      this.http,
      {
        method: 'GET',
        path: '/events',
        query: { limit: KALSHI_MAX_EVENTS_PAGE, ...query, cursor: query.cursor || undefined },
      },
      kalshiEventsPageSchema,
    );
    return { items: page.events, cursor: page.cursor };
  }

  async allEvents(query: KalshiQuery = {}, maxPages = 50): Promise<KalshiEvent[]> {
    return collectPages((cursor) => this.eventsPage({ ...query, cursor }), maxPages);
  }

  async market(ticker: string): Promise<KalshiMarket> {
    const response = await kalshiRequest(
      this.http,
      { method: 'GET', path: `/markets/${encodeURIComponent(ticker)}` },
      kalshiMarketResponseSchema,
    );
    return response.market;
  }

  /** The raw bid lists of a market's book (`depth` 0 = all levels). */
  bidLists(ticker: string, depth = 0): Promise<KalshiBidLists> {
    return kalshiRequest(
      this.http,
      { method: 'GET', path: `/markets/${encodeURIComponent(ticker)}/orderbook`, query: { depth } },
      kalshiOrderbookResponseSchema,
    );
  }

  /** Both outcomes' books in the core's shape; the market gives the tick grid and the last price. */
  async books(market: KalshiMarket, now: number, fractional = false): Promise<KalshiBothBooks> {
    const lists = await this.bidLists(market.ticker);
    const context = {
      ticker: market.ticker,
      tickSize: kalshiFinestTick(market.priceRanges),
      minOrderSize: (fractional ? 10_000 : 1_000_000) as Micros,
      lastTradePrice: market.lastPrice,
      timestamp: now,
    };
    return { lists, yes: kalshiOrderBook(lists, 'yes', context), no: kalshiOrderBook(lists, 'no', context) };
  }

  async candlesticks(
    seriesTicker: string,
    ticker: string,
    range: { startTs: number; endTs: number; interval: KalshiCandleInterval },
  ): Promise<KalshiCandlestick[]> {
    const response = await kalshiRequest(
      this.http,
      {
        method: 'GET',
        path: `/series/${encodeURIComponent(seriesTicker)}/markets/${encodeURIComponent(ticker)}/candlesticks`,
        query: { start_ts: range.startTs, end_ts: range.endTs, period_interval: range.interval },
      },
      kalshiCandlesticksResponseSchema,
    );
    return response.candlesticks;
  }

  async tradesPage(
    query: KalshiQuery & { ticker?: string; cursor?: string } = {},
  ): Promise<KalshiPage<KalshiTrade>> {
    const page = await kalshiRequest(
      this.http,
      {
        method: 'GET',
        path: '/markets/trades',
        query: { limit: KALSHI_MAX_TRADES_PAGE, ...query, cursor: query.cursor || undefined },
      },
      kalshiTradesPageSchema,
    );
    return { items: page.trades, cursor: page.cursor };
  }
}

async function collectPages<T>(
  read: (cursor: string) => Promise<KalshiPage<T>>,
  maxPages: number,
): Promise<T[]> {
  const items: T[] = [];
  let cursor = '';
  for (let page = 0; page < maxPages; page += 1) {
    const next = await read(cursor);
    items.push(...next.items);
    if (!next.cursor || next.cursor === cursor) return items;
    cursor = next.cursor;
  }
  return items;
}
