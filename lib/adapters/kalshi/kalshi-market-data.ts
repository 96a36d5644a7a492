import type { MarketData } from '../../app/ports/exchange-port';
import type { Market } from '../../core/model/market';
import type { OrderBook } from '../../core/model/order-book';
import { emptyBook } from '../../core/model/order-book';
import { type KalshiBidLists, kalshiOrderBook } from '../../core/venues/kalshi/bids-only-book';
import { kalshiCandlePrices, kalshiSeriesOf, type PricePoint } from '../../core/venues/kalshi/candle-prices';
import { kalshiMarketToCore } from '../../core/venues/kalshi/kalshi-market';
import { kalshiFinestTick } from '../../core/venues/kalshi/price-grid';
import { chunk } from '../polymarket/chunk';
import { type KalshiHttpOptions, kalshiRequest } from './kalshi-http';
import type { KalshiCandleInterval, KalshiReadClient } from './kalshi-read-client';
import { parseKalshiTokenId } from './kalshi-token-id';
import { type KalshiMarket, kalshiMarketsPageSchema } from './schemas/market';
import { kalshiOrderbooksResponseSchema } from './schemas/orderbook';

/** Kalshi's batch endpoints take up to 100 tickers. */
const BATCH = 100;

export interface KalshiMarketDataOptions {
  http: KalshiHttpOptions;
  read: Pick<KalshiReadClient, 'candlesticks'>;
  /** epoch ms, for the books' timestamps (Kalshi's REST books carry none). */
  now: () => number;
  /** Tickers of markets that trade fractional contracts (0.01 minimum). */
  fractional?: (ticker: string) => boolean;
}

/**
 * The engine's market reads on Kalshi (MarketData): books of many outcome tokens in one batch
 * (`GET /markets/orderbooks` + `GET /markets?tickers=` for each market's grid and last price), both
 * outcomes' books from the bids-only lists (YES ask = 1 − best NO bid), and markets by ticker.
 * Token ids are `${ticker}:yes|no`; a ticker Kalshi does not list gets an empty book.
 */
export class KalshiMarketData implements MarketData {
  constructor(private readonly options: KalshiMarketDataOptions) {}

  private async rawMarkets(tickers: readonly string[]): Promise<Map<string, KalshiMarket>> {
    const found = new Map<string, KalshiMarket>();
    for (const batch of chunk([...new Set(tickers)], BATCH)) {
      const page = await kalshiRequest(
        this.options.http,
        { method: 'GET', path: '/markets', query: { tickers: batch.join(','), limit: BATCH } },
        kalshiMarketsPageSchema,
      );
      for (const market of page.markets) found.set(market.ticker, market);
    }
    return found;
  }

  /** The bids-only lists of many markets, by ticker (batches of 100); an unknown ticker is absent. */
  async bidLists(tickers: readonly string[]): Promise<Map<string, KalshiBidLists>> {
    const found = new Map<string, KalshiBidLists>();
    for (const batch of chunk([...new Set(tickers)], BATCH)) {
      const books = await kalshiRequest(
        this.options.http,
        { method: 'GET', path: '/markets/orderbooks', query: { tickers: batch.join(',') } },
        kalshiOrderbooksResponseSchema,
      );
      for (const book of books) found.set(book.ticker, book.lists);
    }
    return found;
  }

  async books(tokenIds: readonly string[]): Promise<OrderBook[]> {
    const wanted = tokenIds.map(parseKalshiTokenId);
    const tickers = wanted.map((w) => w.ticker);
    const [markets, lists] = await Promise.all([this.rawMarkets(tickers), this.bidLists(tickers)]);
    const now = this.options.now();
    return wanted.map(({ ticker, outcome }, index) => {
      const market = markets.get(ticker);
      const book = lists.get(ticker);
      const tokenId = tokenIds[index] ?? `${ticker}:${outcome}`;
      if (!market || !book) return emptyBook(tokenId, { market: ticker, timestamp: now });
      return kalshiOrderBook(book, outcome, {
        ticker,
        tickSize: kalshiFinestTick(market.priceRanges),
        minOrderSize: this.options.fractional?.(ticker) ? 10_000 : 1_000_000,
        lastTradePrice: market.lastPrice,
        timestamp: now,
      });
    });
  }

  async markets(ids: readonly string[]): Promise<Map<string, Market>> {
    const raw = await this.rawMarkets(ids);
    const result = new Map<string, Market>();
    for (const [ticker, market] of raw) {
      const parsed = kalshiMarketToCore(market, { fractional: this.options.fractional?.(ticker) });
      if (parsed.ok) result.set(ticker, parsed.market);
    }
    return result;
  }

  /** One outcome's price series from candlesticks (Unix seconds in, epoch ms out). */
  async priceHistory(
    tokenId: string,
    range: { startTs: number; endTs: number; interval: KalshiCandleInterval; seriesTicker?: string },
  ): Promise<PricePoint[]> {
    const { ticker, outcome } = parseKalshiTokenId(tokenId);
    const candles = await this.options.read.candlesticks(
      range.seriesTicker ?? kalshiSeriesOf(ticker),
      ticker,
      {
        startTs: range.startTs,
        endTs: range.endTs,
        interval: range.interval,
      },
    );
    return kalshiCandlePrices(candles, outcome);
  }
}
