import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { withBookChanges } from './book-change-publisher.ts';
import type { RestingOrder } from './resting-order.ts';

export interface CancelResult {
  canceled: string[];
  not_canceled: Record<string, string>;
}

/** Cancels the caller's live orders among `ids`; others are reported in not_canceled. */
export function cancelOrders(state: FakePolymarketState, apiKey: string, ids: string[]): CancelResult {
  const result: CancelResult = { canceled: [], not_canceled: {} };
  for (const id of ids) {
    const order = state.orders.get(id);
    if (!order || order.apiKey !== apiKey) {
      result.not_canceled[id] = 'order not found';
    } else if (order.status !== 'LIVE') {
      result.not_canceled[id] =
        order.status === 'CANCELED' ? 'order already canceled' : 'order already matched';
    } else {
      cancelOne(state, order);
      result.canceled.push(id);
    }
  }
  return result;
}

export function liveOrdersOf(state: FakePolymarketState, apiKey: string): RestingOrder[] {
  return [...state.orders.values()].filter((o) => o.apiKey === apiKey && o.status === 'LIVE');
}

function cancelOne(state: FakePolymarketState, order: RestingOrder): void {
  const ref = state.token(order.tokenId);
  order.status = 'CANCELED';
  if (!ref) return;
  withBookChanges(state, ref.market, () => state.book(ref.market).remove(order.id));
}
