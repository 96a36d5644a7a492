import { bookDirection, type RestingOrder, yesPrice } from './resting-order.ts';

export interface Level {
  price: bigint;
  size: bigint;
}

/** Book levels for one token, best first. */
export interface TokenLevels {
  bids: Level[];
  asks: Level[];
}

/** Unified price-time priority book of one binary market, in YES terms. */
export class MarketBook {
  /** best (highest YES price) first */
  readonly bids: RestingOrder[] = [];
  /** best (lowest YES price) first */
  readonly asks: RestingOrder[] = [];

  constructor(readonly conditionId: string) {}

  add(order: RestingOrder): void {
    const direction = bookDirection(order);
    const list = direction === 'bid' ? this.bids : this.asks;
    const price = yesPrice(order);
    const worse = (other: RestingOrder): boolean =>
      direction === 'bid' ? yesPrice(other) < price : yesPrice(other) > price;
    const index = list.findIndex(worse);
    if (index === -1) list.push(order);
    else list.splice(index, 0, order);
  }

  remove(orderId: string): RestingOrder | undefined {
    for (const list of [this.bids, this.asks]) {
      const index = list.findIndex((order) => order.id === orderId);
      if (index !== -1) return list.splice(index, 1)[0];
    }
    return undefined;
  }

  removeWhere(predicate: (order: RestingOrder) => boolean): RestingOrder[] {
    const removed: RestingOrder[] = [];
    for (const list of [this.bids, this.asks]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const order = list[i];
        if (order && predicate(order)) removed.push(...list.splice(i, 1));
      }
    }
    return removed;
  }

  /** Aggregated YES-terms levels, best first. */
  yesLevels(): TokenLevels {
    return { bids: aggregate(this.bids), asks: aggregate(this.asks) };
  }

  /** Levels of one token, best first (token 1 mirrors the YES book at 1 − p). */
  tokenLevels(tokenIndex: 0 | 1): TokenLevels {
    const yes = this.yesLevels();
    if (tokenIndex === 0) return yes;
    const mirror = (levels: Level[]): Level[] =>
      levels.map((l) => ({ price: 1_000_000n - l.price, size: l.size }));
    return { bids: mirror(yes.asks), asks: mirror(yes.bids) };
  }
}

function aggregate(orders: RestingOrder[]): Level[] {
  const levels: Level[] = [];
  for (const order of orders) {
    const price = yesPrice(order);
    const last = levels[levels.length - 1];
    if (last && last.price === price) last.size += order.remaining;
    else levels.push({ price, size: order.remaining });
  }
  return levels.filter((level) => level.size > 0n);
}
