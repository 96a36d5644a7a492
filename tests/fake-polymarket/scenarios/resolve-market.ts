import { withBookChanges } from '../exchange/book-change-publisher.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';

/**
 * Closes a market with a winner: book cleared, open orders cancelled, Gamma outcomePrices ["1","0"],
 * and a `market_resolved` message on the market channel.
 */
export function resolveMarket(state: FakePolymarketState, market: FakeMarket, winnerIndex: 0 | 1): void {
  withBookChanges(state, market, () => state.book(market).removeWhere(() => true));
  for (const order of state.orders.values()) {
    if (order.conditionId === market.conditionId && order.status === 'LIVE') order.status = 'CANCELED';
  }
  market.closed = true;
  market.acceptingOrders = false;
  market.winnerIndex = winnerIndex;
  market.umaResolutionStatus = 'resolved';
  market.lastTradePrice = winnerIndex === 0 ? 1 : 0;
  market.liquidity = 0;
  market.endDateMs = Math.min(market.endDateMs, state.nowMs);
  const winner = market.tokens[winnerIndex];
  state.feed.publish({
    event_type: 'market_resolved',
    market: market.conditionId,
    assets_ids: market.tokens.map((t) => t.tokenId),
    winning_asset_id: winner.tokenId,
    winning_outcome: winner.outcome,
    timestamp: String(state.nowMs),
  });
}
