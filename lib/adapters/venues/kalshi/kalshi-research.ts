import type { PriceHistoryPoint } from '../../../app/ports/venue-port';
import type { FoundMarkets, PriceHistoryQuery, VenueResearch } from '../../../app/ports/venue-research-port';
import type { Market } from '../../../core/model/market';
import { kalshiMarketToCore } from '../../../core/venues/kalshi/kalshi-market';
import { parseKalshiMarketRef } from '../../../core/venues/kalshi/kalshi-market-ref';
import { isAppError } from '../../../errors/app-error';
import type { KalshiMarketData } from '../../kalshi/kalshi-market-data';
import type { KalshiCandleInterval, KalshiReadClient } from '../../kalshi/kalshi-read-client';
import type { KalshiMarket } from '../../kalshi/schemas/market';
import { kalshiIdOf, qualifiedKalshiMarket } from './kalshi-keys';

const INTERVAL_SECONDS = { '1h': 3600, '6h': 6 * 3600, '1d': 86_400, '1w': 7 * 86_400, '1m': 30 * 86_400 };
/** `max` on Kalshi: a year of candles (Kalshi serves a window, not "everything"). */
const MAX_SECONDS = 365 * 86_400;

export interface KalshiResearchDeps {
  enabled: () => Promise<boolean>;
  read: () => Promise<Pick<KalshiReadClient, 'market' | 'allMarkets'>>;
  data: () => Promise<Pick<KalshiMarketData, 'priceHistory'>>;
  now: () => number;
}

/** The candle width for a history fidelity: Kalshi has 1 min, 1 h and 1 day candles. */
export function kalshiCandleInterval(fidelityMinutes: number): KalshiCandleInterval {
  if (fidelityMinutes >= 1440) return 1440;
  return fidelityMinutes >= 60 ? 60 : 1;
}

function decoded(markets: readonly KalshiMarket[]): FoundMarkets {
  const found: Market[] = [];
  const unreadable: string[] = [];
  for (const market of markets) {
    const parsed = kalshiMarketToCore(market);
    if (parsed.ok) found.push(qualifiedKalshiMarket(parsed.market));
    else unreadable.push(parsed.reason);
  }
  return { markets: found, unreadable };
}

const notFound = (error: unknown): boolean => isAppError(error) && error.status === 404;

/**
 * Kalshi's research reads: a ticker, `kalshi:TICKER` or kalshi.com link names a market (`GET
 * /markets/{ticker}`) or an event (`GET /markets?event_ticker=`, all its markets), open or settled;
 * a token's history is its market's candlesticks (1 min, 1 h or 1 day, the nearest the fidelity
 * asks), NO = 1 − YES. While Kalshi is turned off, a Kalshi reference answers `off` (no request).
 */
export function kalshiResearch(deps: KalshiResearchDeps): VenueResearch {
  return {
    async findMarkets(input) {
      const ref = parseKalshiMarketRef(input);
      if (ref === null) return null;
      if (!(await deps.enabled())) return 'off';
      const read = await deps.read();
      const unreadable: string[] = [];
      for (const ticker of ref.tickers) {
        const market = await read.market(ticker).catch((error: unknown) => {
          if (notFound(error)) return null;
          throw error;
        });
        const found = decoded(market ? [market] : await read.allMarkets({ event_ticker: ticker }, 2));
        if (found.markets.length > 0) return { markets: found.markets, unreadable };
        unreadable.push(...found.unreadable);
      }
      return { markets: [], unreadable };
    },
    async priceHistory(query: PriceHistoryQuery): Promise<PriceHistoryPoint[]> {
      const endTs = 'endTs' in query ? query.endTs : Math.floor(deps.now() / 1000);
      const startTs =
        'startTs' in query
          ? query.startTs
          : endTs - (query.interval === 'max' ? MAX_SECONDS : INTERVAL_SECONDS[query.interval]);
      return (await deps.data()).priceHistory(kalshiIdOf(query.tokenId), {
        startTs,
        endTs,
        interval: kalshiCandleInterval(query.fidelityMinutes ?? 60),
      });
    },
  };
}
