import { microToDecimal } from '../exchange/micro-units.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';
import type { PriceChangeEntry } from '../ws/market-events.ts';
import type { Level, TokenLevels } from './market-book.ts';

/**
 * Runs a book mutation and publishes one `price_change` message (schema since 2025-09) listing every
 * level whose aggregate size changed, for both tokens of the market ("0" = level removed).
 */
export function withBookChanges<T>(state: FakePolymarketState, market: FakeMarket, mutate: () => T): T {
  const book = state.book(market);
  const before = book.yesLevels();
  const result = mutate();
  const after = book.yesLevels();
  const entries: PriceChangeEntry[] = [];
  const tokenViews = [book.tokenLevels(0), book.tokenLevels(1)] as const;
  for (const direction of ['bids', 'asks'] as const) {
    for (const change of diffLevels(before[direction], after[direction])) {
      const yesSide = direction === 'bids' ? 'BUY' : 'SELL';
      for (const index of [0, 1] as const) {
        const price = index === 0 ? change.price : 1_000_000n - change.price;
        const side = index === 0 ? yesSide : yesSide === 'BUY' ? 'SELL' : 'BUY';
        entries.push(entry(market.tokens[index].tokenId, price, change.size, side, tokenViews[index], state));
      }
    }
  }
  if (entries.length > 0) {
    state.feed.publish({
      event_type: 'price_change',
      market: market.conditionId,
      timestamp: String(state.nowMs),
      price_changes: entries,
    });
  }
  return result;
}

function diffLevels(before: Level[], after: Level[]): Level[] {
  const changes: Level[] = [];
  const old = new Map(before.map((l) => [l.price, l.size]));
  const now = new Map(after.map((l) => [l.price, l.size]));
  for (const [price, size] of now) if (old.get(price) !== size) changes.push({ price, size });
  for (const price of old.keys()) if (!now.has(price)) changes.push({ price, size: 0n });
  return changes;
}

function entry(
  assetId: string,
  price: bigint,
  size: bigint,
  side: 'BUY' | 'SELL',
  view: TokenLevels,
  state: FakePolymarketState,
): PriceChangeEntry {
  const best = (levels: Level[]): string => (levels[0] ? microToDecimal(levels[0].price) : '0');
  return {
    asset_id: assetId,
    price: microToDecimal(price),
    size: microToDecimal(size),
    side,
    hash: state.ids.hash32().slice(2, 42),
    best_bid: best(view.bids),
    best_ask: view.asks[0] ? best(view.asks) : '1',
  };
}
