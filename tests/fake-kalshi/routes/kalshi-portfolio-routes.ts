import type { FakeRequest, FakeResponse } from '../../fake-polymarket/server/http-types.ts';
import { json, parseJsonText } from '../../fake-polymarket/server/http-types.ts';
import type { Router } from '../../fake-polymarket/server/router.ts';
import type { KalshiKeyRegistry } from '../auth/kalshi-key-registry.ts';
import { executeKalshiOrder } from '../exchange/execute-kalshi-order.ts';
import { dollars, fp, parseFixed } from '../serializers/fixed-point-json.ts';
import { orderJson } from '../serializers/kalshi-json.ts';
import { KALSHI_REST_PREFIX } from '../server/handle-kalshi-request.ts';
import { authenticationError, kalshiError } from '../server/kalshi-errors.ts';
import type { FakeKalshiOrder, FakeKalshiState } from '../state/fake-kalshi-state.ts';
import { pageOf } from './kalshi-cursor.ts';

const TIME_IN_FORCE = ['fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'] as const;
type Handler = (req: FakeRequest, params: Record<string, string>, keyId: string) => FakeResponse;

function onGrid(ranges: { start: number; end: number; step: number }[], price: number): boolean {
  return (
    price > 0 &&
    price < 1_000_000 &&
    ranges.some((r) => price >= r.start && price <= r.end && (price - r.start) % r.step === 0)
  );
}

/** Portfolio endpoints: every one checks the KALSHI-ACCESS-* headers first (401 otherwise). */
export function addKalshiPortfolioRoutes(
  router: Router,
  state: FakeKalshiState,
  keys: KalshiKeyRegistry,
): void {
  const signed = (handler: Handler) => (req: FakeRequest, params: Record<string, string>) => {
    const auth = keys.check(req.headers, req.method, `${KALSHI_REST_PREFIX}${req.path}`);
    return auth.ok ? handler(req, params, auth.keyId) : authenticationError(auth.details);
  };

  // `GET /api_keys` (kalshi-api.md §8): the key list and, since 2026-08, the account's location
  // attestation expiry (absent when never attested). Placement of the field (top level) is assumed.
  router.add(
    'GET',
    '/api_keys',
    signed((_req, _params, keyId) =>
      json({
        api_keys: [{ api_key_id: keyId, name: 'equilibrage', scopes: ['read', 'write'] }],
        ...(state.regionAttestationExpiresTs === undefined
          ? {}
          : { api_key_region_expiration_ts: state.regionAttestationExpiresTs }),
      }),
    ),
  );

  router.add(
    'GET',
    '/portfolio/balance',
    signed((_req, _params, keyId) => {
      const balance = state.balance(keyId);
      return json({
        balance: Math.floor(balance / 10_000),
        balance_dollars: dollars(balance),
        portfolio_value: 0,
        updated_ts: Math.floor(state.nowMs / 1000),
      });
    }),
  );

  // The legacy V1 create answers a 2xx error envelope and places nothing (kalshi-api.md §4).
  router.add(
    'POST',
    '/portfolio/orders',
    signed(() =>
      json({
        error: {
          code: 'deprecated_v1_order_endpoint',
          message: 'Please switch to the V2 endpoints',
          details: 'https://docs.kalshi.com/api-reference/orders/create-order-v2',
        },
      }),
    ),
  );

  router.add(
    'POST',
    '/portfolio/events/orders',
    signed((req, _params, keyId) => {
      const body = parseJsonText(req.rawBody) as Record<string, unknown> | undefined;
      if (!body || typeof body !== 'object')
        return kalshiError(400, 'invalid_parameters', 'invalid JSON body');
      const price = parseFixed(body.price);
      const count = parseFixed(body.count);
      const tif = TIME_IN_FORCE.find((t) => t === body.time_in_force);
      const side = body.side === 'bid' || body.side === 'ask' ? body.side : undefined;
      const clientOrderId = typeof body.client_order_id === 'string' ? body.client_order_id : '';
      if (typeof body.ticker !== 'string' || !side || price === null || count === null || count <= 0 || !tif)
        return kalshiError(
          400,
          'invalid_parameters',
          'ticker, side (bid|ask), price, count and time_in_force are required',
        );
      if (body.self_trade_prevention_type !== 'taker_at_cross' && body.self_trade_prevention_type !== 'maker')
        return kalshiError(400, 'invalid_parameters', 'self_trade_prevention_type is required');
      const market = state.market(body.ticker);
      if (!market) return kalshiError(404, 'not_found', 'market not found');
      if (!state.tradingActive || market.status !== 'active')
        return kalshiError(409, 'trading_is_paused', 'trading is paused');
      if (!onGrid(market.ranges, price))
        return kalshiError(400, 'invalid_price', 'price is not on the market price grid');
      if (count % 10_000 !== 0)
        return kalshiError(400, 'invalid_parameters', 'count accepts at most 2 decimals');
      if (
        clientOrderId &&
        [...state.orders.values()].some((o) => o.clientOrderId === clientOrderId && o.keyId === keyId)
      )
        return kalshiError(409, 'order_already_exists', 'order already exists');
      const ownPrice = side === 'bid' ? price : 1_000_000 - price;
      // Not verified: the code Kalshi uses for a short balance (none observed, kalshi-api.md §7).
      if (Math.round((count * ownPrice) / 1_000_000) > state.balance(keyId))
        return kalshiError(400, 'insufficient_balance', 'insufficient balance');
      const order: FakeKalshiOrder = {
        orderId: state.id('order'),
        clientOrderId,
        keyId,
        ticker: market.ticker,
        side,
        price,
        initial: count,
        filled: 0,
        remaining: count,
        status: 'resting',
        takerFees: 0,
        takerCost: 0,
        createdMs: state.nowMs,
        updatedMs: state.nowMs,
      };
      executeKalshiOrder(state, market, order, {
        ticker: market.ticker,
        side,
        price,
        count,
        timeInForce: tif,
      });
      state.orders.set(order.orderId, order);
      const averaged = order.filled > 0;
      return json(
        {
          order_id: order.orderId,
          client_order_id: clientOrderId,
          fill_count: fp(order.filled),
          remaining_count: fp(order.remaining),
          ...(averaged
            ? {
                average_fill_price: dollars(Math.round((order.takerCost * 1_000_000) / order.filled)),
                average_fee_paid: dollars(order.takerFees, 6),
              }
            : {}),
          ts_ms: state.nowMs,
        },
        201,
      );
    }),
  );

  // `GET /portfolio/orders` (kalshi-api.md §4 "Read"): newest first, filters ticker and status, paged
  // by cursor. No client_order_id filter is documented: a client finds its order by reading pages.
  router.add(
    'GET',
    '/portfolio/orders',
    signed((req, _params, keyId) => {
      const ticker = req.query.get('ticker');
      const status = req.query.get('status');
      const orders = [...state.orders.values()]
        .filter(
          (o) => o.keyId === keyId && (!ticker || o.ticker === ticker) && (!status || o.status === status),
        )
        .reverse();
      const { page, cursor } = pageOf(orders, req.query, 100, 1000);
      return json({ orders: page.map(orderJson), cursor });
    }),
  );

  router.add(
    'GET',
    '/portfolio/orders/:id',
    signed((_req, params, keyId) => {
      const order = state.orders.get(params.id ?? '');
      if (!order || order.keyId !== keyId) return kalshiError(404, 'not_found', 'order not found');
      return json({ order: orderJson(order) });
    }),
  );

  router.add(
    'DELETE',
    '/portfolio/events/orders/:id',
    signed((_req, params, keyId) => {
      const order = state.orders.get(params.id ?? '');
      if (!order || order.keyId !== keyId) return kalshiError(404, 'not_found', 'order not found');
      if (order.status !== 'resting')
        return kalshiError(409, 'order_not_resting', 'order cannot be modified');
      const reducedBy = order.remaining;
      const ownSide = order.side === 'bid' ? 'yes' : 'no';
      const ownPrice = order.side === 'bid' ? order.price : 1_000_000 - order.price;
      state.changeBid({
        ticker: order.ticker,
        side: ownSide,
        price: ownPrice,
        delta: -reducedBy,
        clientOrderId: order.clientOrderId,
      });
      order.remaining = 0;
      order.status = 'canceled';
      order.updatedMs = state.nowMs;
      return json({
        order_id: order.orderId,
        client_order_id: order.clientOrderId,
        reduced_by: fp(reducedBy),
        ts_ms: state.nowMs,
      });
    }),
  );
}
