import { microToDecimal } from '../exchange/micro-units.ts';
import type { RestingOrder } from '../exchange/resting-order.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';

/** OpenOrder as served by /data/order/{id} and /data/orders. */
export function openOrderJson(state: FakePolymarketState, order: RestingOrder) {
  const ref = state.token(order.tokenId);
  return {
    id: order.id,
    status: order.status,
    owner: order.apiKey ?? '',
    maker_address: order.owner,
    market: order.conditionId,
    asset_id: order.tokenId,
    side: order.side,
    original_size: microToDecimal(order.originalSize),
    size_matched: microToDecimal(sizeMatched(order)),
    price: microToDecimal(order.price),
    associate_trades: order.associateTrades,
    outcome: ref ? ref.market.tokens[ref.index].outcome : '',
    created_at: order.createdAtSec,
    expiration: order.expiration,
    order_type: order.orderType,
  };
}

function sizeMatched(order: RestingOrder): bigint {
  if (order.status === 'DELAYED') return 0n;
  if (order.sizeMatched !== undefined) return order.sizeMatched;
  if (order.status === 'CANCELED' && order.associateTrades.length === 0) return 0n;
  return order.status === 'LIVE' ? order.originalSize - order.remaining : order.originalSize;
}
