import { bookEventJson, orderBookSummaryJson } from '../serializers/order-book-json.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';

/** Pushes a full `book` event for both tokens (sent after trades, like production). */
export function publishBooks(state: FakePolymarketState, market: FakeMarket): void {
  for (const index of [0, 1] as const) {
    state.feed.publish(bookEventJson(orderBookSummaryJson(market, index, state.book(market), state.nowMs)));
  }
}
