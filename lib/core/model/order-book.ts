import type { Micros } from './money';

export interface BookLevel {
  price: Micros;
  size: Micros;
}

/**
 * An order book for one outcome token. Unlike Polymarket's wire format (best price LAST), the domain
 * keeps the best price FIRST: bids descending, asks ascending. The adapter converts at the edge.
 */
export interface OrderBook {
  tokenId: string;
  market: string;
  bids: BookLevel[];
  asks: BookLevel[];
  tickSize: Micros;
  minOrderSize: Micros;
  /**
   * Venues whose orders count contracts (Kalshi) set the count's step here: one contract, or 0.01 on
   * fractional markets (model/contract-order.ts). Absent: Polymarket's CLOB amounts (order-amounts.ts).
   */
  contractStep?: Micros;
  negRisk: boolean;
  lastTradePrice: Micros | null;
  /** Exchange timestamp, epoch ms. */
  timestamp: number;
  hash: string;
}

/** A book with no orders (a resolved market, a placeholder), on a 1¢ grid unless told otherwise. */
export function emptyBook(tokenId: string, fields: Partial<Omit<OrderBook, 'tokenId'>> = {}): OrderBook {
  return {
    tokenId,
    market: '',
    bids: [],
    asks: [],
    tickSize: 10_000,
    minOrderSize: 0,
    negRisk: false,
    lastTradePrice: null,
    timestamp: 0,
    hash: '',
    ...fields,
  };
}
