import { apiError, type FakeResponse } from '../server/http-types.ts';
import type { FakePolymarketState, TokenRef } from '../state/fake-polymarket-state.ts';

/** Resolves a token id the way /book does: 400 Invalid token id, 404 No orderbook exists… */
export function lookupToken(state: FakePolymarketState, tokenId: unknown): TokenRef | FakeResponse {
  if (typeof tokenId !== 'string' || !/^\d+$/.test(tokenId)) return apiError(400, 'Invalid token id');
  const ref = state.token(tokenId);
  if (!ref || ref.market.closed) return apiError(404, 'No orderbook exists for the requested token id');
  return ref;
}

export function isResponse(value: TokenRef | FakeResponse): value is FakeResponse {
  return 'status' in value;
}

/** Best bid/ask of a token as numbers (undefined when that side is empty). */
export function bestPrices(state: FakePolymarketState, ref: TokenRef): { bid?: number; ask?: number } {
  const levels = state.book(ref.market).tokenLevels(ref.index);
  const bid = levels.bids[0];
  const ask = levels.asks[0];
  return {
    ...(bid ? { bid: Number(bid.price) / 1e6 } : {}),
    ...(ask ? { ask: Number(ask.price) / 1e6 } : {}),
  };
}

/** Polymarket-style decimal string of a price ("0.45", "0.0005"). */
export function priceString(value: number): string {
  return Number(value.toFixed(6)).toString();
}
