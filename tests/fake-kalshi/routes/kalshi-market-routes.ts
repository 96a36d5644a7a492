import { json } from '../../fake-polymarket/server/http-types.ts';
import type { Router } from '../../fake-polymarket/server/router.ts';
import type { KalshiKeyRegistry } from '../auth/kalshi-key-registry.ts';
import { candlesticksJson } from '../serializers/candlestick-json.ts';
import { eventJson, marketJson, orderbookJson, tradeJson } from '../serializers/kalshi-json.ts';
import { KALSHI_REST_PREFIX } from '../server/handle-kalshi-request.ts';
import { authenticationError, kalshiError } from '../server/kalshi-errors.ts';
import type { FakeKalshiState } from '../state/fake-kalshi-state.ts';
import type { FakeKalshiMarket } from '../state/kalshi-market-model.ts';
import { pageOf } from './kalshi-cursor.ts';

/** The `GET /markets` filter's words → the object statuses they select (kalshi-api.md §3). */
const STATUS_FILTER: Record<string, FakeKalshiMarket['status'][]> = {
  unopened: ['inactive'],
  open: ['active'],
  paused: ['inactive'],
  closed: ['closed'],
  settled: ['determined', 'finalized'],
};

export interface MarketRouteOptions {
  /** Docs say the book needs no key, the OpenAPI lists the key headers: a switch (default off). */
  orderbookRequiresAuth: boolean;
}

export function addKalshiMarketRoutes(
  router: Router,
  state: FakeKalshiState,
  keys: KalshiKeyRegistry,
  options: MarketRouteOptions,
): void {
  router.add('GET', '/exchange/status', () =>
    json({ exchange_active: state.exchangeActive, trading_active: state.tradingActive }),
  );

  router.add('GET', '/events', (req) => {
    const status = req.query.get('status');
    const nested = req.query.get('with_nested_markets') === 'true';
    const events = [...state.events.values()].filter((e) => {
      const markets = [...state.markets.values()].filter((m) => m.eventTicker === e.eventTicker);
      return !status || markets.some((m) => (STATUS_FILTER[status] ?? []).includes(m.status));
    });
    const { page, cursor } = pageOf(events, req.query, 200, 200);
    const marketsOf = (ticker: string) => [...state.markets.values()].filter((m) => m.eventTicker === ticker);
    return json({
      events: page.map((e) => eventJson(e, nested ? marketsOf(e.eventTicker) : undefined)),
      cursor,
    });
  });

  router.add('GET', '/markets', (req) => {
    const status = req.query.get('status');
    if (status && !STATUS_FILTER[status])
      return kalshiError(400, 'invalid_parameters', 'invalid status filter', `status=${status}`);
    const event = req.query.get('event_ticker');
    const series = req.query.get('series_ticker');
    const tickers = req.query.get('tickers')?.split(',');
    const markets = [...state.markets.values()].filter(
      (m) =>
        (!status || (STATUS_FILTER[status] ?? []).includes(m.status)) &&
        (!event || m.eventTicker === event) &&
        (!series || m.seriesTicker === series) &&
        (!tickers || tickers.includes(m.ticker)),
    );
    const { page, cursor } = pageOf(markets, req.query, 100, 1000);
    return json({ markets: page.map(marketJson), cursor });
  });

  router.add('GET', '/markets/trades', (req) => {
    const ticker = req.query.get('ticker');
    const trades = state.trades.filter((t) => !ticker || t.ticker === ticker).reverse();
    const { page, cursor } = pageOf(trades, req.query, 100, 1000);
    return json({ trades: page.map(tradeJson), cursor });
  });

  // `GET /markets/orderbooks?tickers=` (kalshi-api.md §3): many books in one answer, same auth switch.
  router.add('GET', '/markets/orderbooks', (req) => {
    if (options.orderbookRequiresAuth) {
      const auth = keys.check(req.headers, req.method, `${KALSHI_REST_PREFIX}${req.path}`);
      if (!auth.ok) return authenticationError(auth.details);
    }
    const tickers = (req.query.get('tickers') ?? '').split(',').filter(Boolean);
    if (tickers.length === 0) return kalshiError(400, 'invalid_parameters', 'tickers is required');
    const books = tickers.flatMap((ticker) => {
      const market = state.market(ticker);
      return market ? [{ ticker, ...orderbookJson(market) }] : [];
    });
    return json({ orderbooks: books });
  });

  router.add('GET', '/markets/:ticker', (_req, params) => {
    const market = state.market(params.ticker ?? '');
    return market ? json({ market: marketJson(market) }) : kalshiError(404, 'not_found', 'market not found');
  });

  router.add('GET', '/markets/:ticker/orderbook', (req, params) => {
    if (options.orderbookRequiresAuth) {
      const auth = keys.check(req.headers, req.method, `${KALSHI_REST_PREFIX}${req.path}`);
      if (!auth.ok) return authenticationError(auth.details);
    }
    const market = state.market(params.ticker ?? '');
    if (!market) return kalshiError(404, 'not_found', 'market not found');
    const depth = Number(req.query.get('depth') ?? 0);
    if (!Number.isInteger(depth) || depth > 100)
      return kalshiError(400, 'invalid_parameters', 'depth must be between 0 and 100');
    return json(orderbookJson(market, depth));
  });

  router.add('GET', '/series/:series/markets/:ticker/candlesticks', (req, params) => {
    const market = state.market(params.ticker ?? '');
    if (!market || market.seriesTicker !== params.series)
      return kalshiError(404, 'not_found', 'market not found');
    const startTs = Number(req.query.get('start_ts'));
    const endTs = Number(req.query.get('end_ts'));
    const period = Number(req.query.get('period_interval'));
    if (!Number.isInteger(startTs) || !Number.isInteger(endTs) || ![1, 60, 1440].includes(period))
      return kalshiError(
        400,
        'invalid_parameters',
        'start_ts, end_ts and period_interval (1, 60 or 1440) are required',
      );
    return json({
      ticker: market.ticker,
      candlesticks: candlesticksJson(market, { startTs, endTs, period }),
    });
  });
}
