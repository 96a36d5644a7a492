import type { MarketBook } from '../exchange/market-book.ts';
import { HOUSE, type RestingOrder } from '../exchange/resting-order.ts';
import type { FakeMarket } from '../state/market-model.ts';
import type { SeededRandom } from './seeded-random.ts';

export interface LadderShape {
  /** YES mid price */
  mid: number;
  levels: number;
  /** typical size per level, shares */
  depth: number;
}

/** Replaces the house (scenario) quotes of a market with a fresh YES ladder around `mid`. */
export function quoteHouseLadder(
  book: MarketBook,
  market: FakeMarket,
  shape: LadderShape,
  rng: SeededRandom,
): void {
  book.removeWhere((order) => order.owner === HOUSE);
  const tick = Number(market.tickSize);
  const step = Math.max(tick, 0.01);
  const half = tick * rng.int(1, 2);
  const bestBid = Math.floor((shape.mid - half) / tick + 1e-9) * tick;
  const bestAsk = Math.ceil((shape.mid + half) / tick - 1e-9) * tick;
  for (let i = 0; i < shape.levels; i++) {
    const bid = bestBid - i * step;
    const ask = bestAsk + i * step;
    if (bid >= tick)
      book.add(houseOrder(market, 'BUY', bid, shape.depth * rng.range(0.2, 2.5) * (1 + i * 0.3)));
    if (ask <= 1 - tick)
      book.add(houseOrder(market, 'SELL', ask, shape.depth * rng.range(0.2, 2.5) * (1 + i * 0.3)));
  }
}

let houseCounter = 0;

/** A resting order of the house (the fake's market maker): shares rounded to cents, at least 5. */
export function houseOrder(
  market: FakeMarket,
  side: 'BUY' | 'SELL',
  price: number,
  shares: number,
): RestingOrder {
  houseCounter += 1;
  const size = BigInt(Math.max(5, Math.round(shares * 100))) * 10_000n;
  return {
    id: `house-${houseCounter}`,
    owner: HOUSE,
    apiKey: null,
    conditionId: market.conditionId,
    tokenId: market.tokens[0].tokenId,
    tokenIndex: 0,
    side,
    price: BigInt(Math.round(price * 1e6)),
    originalSize: size,
    remaining: size,
    orderType: 'GTC',
    createdAtSec: 0,
    expiration: '0',
    status: 'LIVE',
    associateTrades: [],
  };
}
