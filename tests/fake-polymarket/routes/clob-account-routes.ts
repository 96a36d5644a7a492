import { POLYGON_CONTRACTS } from '../../../lib/core/model/polygon-contracts';
import type { ApiKey, ApiKeyStore } from '../auth/api-key-store.ts';
import { EXCHANGE_V2, NEG_RISK_EXCHANGE_V2 } from '../auth/verify-order-signature.ts';
import { liveOrdersOf } from '../exchange/cancel-orders.ts';
import { clobTradeJson } from '../serializers/clob-trade-json.ts';
import { openOrderJson } from '../serializers/open-order-json.ts';
import { apiError, type FakeRequest, json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { pageOf } from './clob-cursor.ts';
import { requireL2 } from './require-l2.ts';

const MAX_UINT = '115792089237316195423570985008687907853269984665640564039457584007913129639935';
const NEG_RISK_ADAPTER = POLYGON_CONTRACTS.negRiskAdapter;

/** /data/order/{id}, /data/orders, /data/trades and /balance-allowance(/update). */
export function addClobAccountRoutes(router: Router, state: FakePolymarketState, keys: ApiKeyStore): void {
  const balance = (req: FakeRequest, key: ApiKey) => {
    const assetType = req.query.get('asset_type');
    const tokenId = req.query.get('token_id');
    let micro: bigint;
    if (assetType === 'COLLATERAL') micro = state.accounts.get(key.address).collateral;
    else if (assetType === 'CONDITIONAL' && tokenId)
      micro = state.accounts.position(key.address, tokenId).size;
    else return apiError(400, 'Invalid asset_type');
    const allowances = {
      [EXCHANGE_V2]: MAX_UINT,
      [NEG_RISK_EXCHANGE_V2]: MAX_UINT,
      [NEG_RISK_ADAPTER]: MAX_UINT,
    };
    return json({ balance: micro.toString(), allowances });
  };
  router
    .add(
      'GET',
      '/data/order/:id',
      requireL2(keys, (_req, key, params) => {
        const order = state.orders.get(params.id ?? '');
        return order && order.apiKey === key.apiKey ? json(openOrderJson(state, order)) : json(null);
      }),
    )
    .add(
      'GET',
      '/data/orders',
      requireL2(keys, (req, key) => {
        const q = req.query;
        const orders = liveOrdersOf(state, key.apiKey).filter(
          (o) =>
            (!q.get('id') || o.id === q.get('id')) &&
            (!q.get('market') || o.conditionId === q.get('market')) &&
            (!q.get('asset_id') || o.tokenId === q.get('asset_id')),
        );
        return json(
          pageOf(
            orders.map((o) => openOrderJson(state, o)),
            q.get('next_cursor'),
            100,
          ),
        );
      }),
    )
    .add(
      'GET',
      '/data/trades',
      requireL2(keys, (req, key) => {
        const q = req.query;
        const before = Number(q.get('before') ?? Number.POSITIVE_INFINITY);
        const after = Number(q.get('after') ?? 0);
        const trades = state.clobTrades.filter(
          (t) =>
            (t.takerApiKey === key.apiKey || t.maker.apiKey === key.apiKey) &&
            (!q.get('id') || t.id === q.get('id')) &&
            (!q.get('market') || t.conditionId === q.get('market')) &&
            (!q.get('asset_id') || t.tokenId === q.get('asset_id')) &&
            t.matchTimeSec <= before &&
            t.matchTimeSec >= after,
        );
        return json(
          pageOf(
            trades.map((t) => clobTradeJson(t, key.apiKey)),
            q.get('next_cursor'),
            100,
          ),
        );
      }),
    )
    .add('GET', '/balance-allowance', requireL2(keys, balance))
    .add('GET', '/balance-allowance/update', requireL2(keys, balance));
}
