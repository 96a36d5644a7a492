import type { ApiKeyStore } from '../auth/api-key-store.ts';
import { cancelOrders, liveOrdersOf } from '../exchange/cancel-orders.ts';
import { apiError, json, parseJsonText } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { placeSignedOrder } from './place-signed-order.ts';
import { requireL2 } from './require-l2.ts';

const MAX_BATCH = 15;

/** POST /order(s), DELETE /order(s), /cancel-all, /cancel-market-orders. */
export function addClobOrderRoutes(router: Router, state: FakePolymarketState, keys: ApiKeyStore): void {
  router
    .add(
      'POST',
      '/order',
      requireL2(keys, (req, key) => placeSignedOrder(state, key, parseJsonText(req.rawBody))),
    )
    .add(
      'POST',
      '/orders',
      requireL2(keys, async (req, key) => {
        const body = parseJsonText(req.rawBody);
        if (!Array.isArray(body)) return apiError(400, 'Invalid order payload');
        if (body.length > MAX_BATCH) {
          return apiError(400, `Too many orders in payload: ${body.length}, max allowed: ${MAX_BATCH}`);
        }
        const results = [];
        for (const item of body) {
          const response = await placeSignedOrder(state, key, item);
          const error = (response.body as { error?: string }).error;
          results.push(
            error === undefined ? response.body : { success: false, errorMsg: error, orderID: '' },
          );
        }
        return json(results);
      }),
    )
    .add(
      'DELETE',
      '/order',
      requireL2(keys, (req, key) => {
        const body = parseJsonText(req.rawBody) as { orderID?: unknown } | undefined;
        if (typeof body?.orderID !== 'string' || body.orderID === '') return apiError(400, 'Invalid orderID');
        return json(cancelOrders(state, key.apiKey, [body.orderID]));
      }),
    )
    .add(
      'DELETE',
      '/orders',
      requireL2(keys, (req, key) => {
        const body = parseJsonText(req.rawBody);
        if (!Array.isArray(body) || body.some((id) => typeof id !== 'string'))
          return apiError(400, 'Invalid orderID');
        if (body.length > 1000) return apiError(400, 'Too many orders in payload, max allowed: 1000');
        return json(cancelOrders(state, key.apiKey, body as string[]));
      }),
    )
    .add(
      'DELETE',
      '/cancel-all',
      requireL2(keys, (_req, key) => {
        const ids = liveOrdersOf(state, key.apiKey).map((o) => o.id);
        return json(cancelOrders(state, key.apiKey, ids));
      }),
    )
    .add(
      'DELETE',
      '/cancel-market-orders',
      requireL2(keys, (req, key) => {
        const body = (parseJsonText(req.rawBody) ?? {}) as { market?: string; asset_id?: string };
        const ids = liveOrdersOf(state, key.apiKey)
          .filter(
            (o) =>
              (!body.market || o.conditionId === body.market) &&
              (!body.asset_id || o.tokenId === body.asset_id),
          )
          .map((o) => o.id);
        return json(cancelOrders(state, key.apiKey, ids));
      }),
    );
}
