export type Side = 'BUY' | 'SELL';
export type OrderType = 'GTC' | 'GTD' | 'FOK' | 'FAK';

/** The account that owns house (scenario) liquidity: never settled, unlimited funds. */
export const HOUSE = 'house';

/**
 * An order resting in a market's unified book. The book is kept in YES (token 0) terms:
 * BUY YES and SELL NO sit on the bid side, SELL YES and BUY NO on the ask side.
 */
export interface RestingOrder {
  id: string;
  /** lower-case maker address, or HOUSE */
  owner: string;
  apiKey: string | null;
  conditionId: string;
  tokenId: string;
  tokenIndex: 0 | 1;
  side: Side;
  /** price in the order's own token, micro units */
  price: bigint;
  originalSize: bigint;
  remaining: bigint;
  orderType: OrderType;
  createdAtSec: number;
  expiration: string;
  /** DELAYED: accepted on a market with a matching delay, not matched yet. */
  status: 'LIVE' | 'MATCHED' | 'CANCELED' | 'DELAYED';
  associateTrades: string[];
  /** FOK/FAK: shares matched when the order ran (a FAK may match part of its size). */
  sizeMatched?: bigint;
}

export function bookDirection(order: Pick<RestingOrder, 'tokenIndex' | 'side'>): 'bid' | 'ask' {
  return (order.tokenIndex === 0) === (order.side === 'BUY') ? 'bid' : 'ask';
}

/** The order's price expressed in YES terms. */
export function yesPrice(order: Pick<RestingOrder, 'tokenIndex' | 'price'>): bigint {
  return order.tokenIndex === 0 ? order.price : 1_000_000n - order.price;
}
