import type { ApiKey } from '../auth/api-key-store.ts';
import {
  isV1ShapedOrder,
  orderHashV2,
  parseWireOrderV2,
  recoverOrderSigner,
} from '../auth/verify-order-signature.ts';
import { executeOrder } from '../exchange/execute-order.ts';
import type { OrderType } from '../exchange/resting-order.ts';
import { apiError, type FakeResponse, json } from '../server/http-types.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';

const ORDER_TYPES: readonly string[] = ['GTC', 'GTD', 'FOK', 'FAK'];

/** The CLOB's own words for an order from a restricted place (HTTP 403). */
export const REGION_RESTRICTED =
  'Trading restricted in your region, please refer to available regions - https://docs.polymarket.com/developers/CLOB/geoblock';

/** Blocked places may not trade at all; close-only places may only sell what they hold. */
function regionRefusal(state: FakePolymarketState, side: 'BUY' | 'SELL'): FakeResponse | null {
  const { trading } = state.geoblock;
  if (trading === 'blocked' || (trading === 'closeOnly' && side === 'BUY')) {
    return apiError(403, REGION_RESTRICTED);
  }
  return null;
}

/** One element of POST /order(s): {order, owner, orderType, deferExec, postOnly}. */
export async function placeSignedOrder(
  state: FakePolymarketState,
  key: ApiKey,
  payload: unknown,
): Promise<FakeResponse> {
  if (typeof payload !== 'object' || payload === null) return apiError(400, 'Invalid order payload');
  const body = payload as Record<string, unknown>;
  const rawOrder = body.order;
  if (typeof rawOrder !== 'object' || rawOrder === null) return apiError(400, 'Invalid order payload');
  if (isV1ShapedOrder(rawOrder as Record<string, unknown>)) return apiError(400, 'order_version_mismatch');
  const order = parseWireOrderV2(rawOrder);
  const orderType = String(body.orderType ?? 'GTC');
  if (!order || !ORDER_TYPES.includes(orderType)) return apiError(400, 'Invalid order payload');
  if (body.owner !== key.apiKey) return apiError(400, 'the order owner has to be the owner of the API KEY');
  const ref = state.token(order.tokenId);
  if (!ref) return apiError(400, 'Invalid order payload');
  const region = regionRefusal(state, order.side);
  if (region) return region;
  // A deposit-wallet (type 3) order names the deposit wallet as signer while clob-client-v2 made
  // the API key for the signing key's own address: the exchange refuses it on this rule first.
  if (order.signer.toLowerCase() !== key.address) {
    return apiError(400, 'the order signer address has to be the address of the API KEY');
  }
  const recovered = await recoverOrderSigner(order, ref.market.negRisk);
  if (!recovered || recovered.toLowerCase() !== order.signer.toLowerCase())
    return apiError(400, 'invalid signature');
  if (order.signatureType === 0 && order.maker.toLowerCase() !== order.signer.toLowerCase()) {
    return apiError(400, 'invalid signature');
  }
  if (body.postOnly === true && (orderType === 'FOK' || orderType === 'FAK')) {
    return apiError(400, 'invalid post-only order: only GTC and GTD orders can be post-only');
  }
  const outcome = executeOrder(state, {
    id: orderHashV2(order, ref.market.negRisk),
    owner: order.maker.toLowerCase(),
    apiKey: key.apiKey,
    market: ref.market,
    tokenIndex: ref.index,
    side: order.side,
    makerAmount: BigInt(order.makerAmount),
    takerAmount: BigInt(order.takerAmount),
    orderType: orderType as OrderType,
    expiration: order.expiration ?? '0',
  });
  return outcome.ok ? json(outcome.response) : apiError(400, outcome.error);
}
