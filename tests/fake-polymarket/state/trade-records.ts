import type { Side } from '../exchange/resting-order.ts';

/** A CLOB trade (one fill of a taker order against one maker order), as served by /data/trades. */
export interface ClobTradeRecord {
  id: string;
  takerOrderId: string;
  conditionId: string;
  tokenId: string;
  outcome: string;
  side: Side;
  /** shares, micro */
  size: bigint;
  /** taker price, micro */
  price: bigint;
  feeRateBps: string;
  matchTimeSec: number;
  takerApiKey: string;
  takerAddress: string;
  transactionHash: string;
  maker: {
    orderId: string;
    apiKey: string;
    address: string;
    tokenId: string;
    outcome: string;
    side: Side;
    price: bigint;
  };
}

/** A Data API trade row (one party of one fill). */
export interface DataTradeRecord {
  proxyWallet: string;
  side: Side;
  tokenId: string;
  conditionId: string;
  /** shares */
  size: number;
  price: number;
  timestampSec: number;
  transactionHash: string;
  isTaker: boolean;
}

/** Deterministic fake identifiers: ids and 32-byte hashes from a counter. */
export class IdFactory {
  private counter = 0;

  constructor(private readonly prefix: number) {}

  hash32(): `0x${string}` {
    this.counter += 1;
    const body = `${this.prefix.toString(16)}${this.counter.toString(16).padStart(12, '0')}`;
    let mixed = '';
    for (let i = 0; mixed.length < 64; i++)
      mixed += ((i * 2654435761 + this.counter * 40503) >>> 0).toString(16);
    return `0x${(body + mixed).slice(0, 64)}`;
  }

  uuid(): string {
    const hex = this.hash32().slice(2, 34);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
}
