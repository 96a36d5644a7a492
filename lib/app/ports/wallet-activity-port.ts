import type { Micros } from '../../core/model/money';

/**
 * A venue's public trades by wallet and the open positions of a wallet: what the whale factor of the
 * scan and the whale pass read. An optional capability of a venue (venue-port.ts): Polymarket has it
 * (its Data API); a venue whose trades are anonymous does not declare it, and its markets score the
 * whale factor as missing, never as zero activity.
 */

/** Decoded rows of a page; rows that could not be trusted are counted, never dropped silently. */
export interface WalletRows<T> {
  rows: T[];
  rejected: readonly unknown[];
}

/** One public trade, with the wallet that made it (Polymarket: Data API /trades). */
export interface WalletTrade {
  wallet: string;
  side: 'BUY' | 'SELL';
  tokenId: string;
  conditionId: string;
  size: Micros;
  price: Micros;
  /** Epoch ms. */
  time: number;
  outcomeIndex: number | null;
  name: string;
  pseudonym: string;
  transactionHash: string;
}

/** One open position of a wallet (Polymarket: Data API /positions; the fields the whale view keeps). */
export interface WalletPosition {
  conditionId: string;
  title: string;
  outcome: string;
  size: Micros;
  avgPrice: Micros;
  currentValue: Micros;
  cashPnl: Micros;
}

export interface WalletActivityReads {
  getTrades(q?: {
    markets?: string[];
    filter?: { type: 'CASH' | 'TOKENS'; amount: number };
    limit?: number;
    offset?: number;
  }): Promise<WalletRows<WalletTrade>>;
  getPositions(q: {
    user: string;
    limit?: number;
    sortBy?: 'CURRENT' | 'INITIAL' | 'TOKENS' | 'CASHPNL' | 'PERCENTPNL' | 'TITLE' | 'RESOLVING' | 'PRICE';
  }): Promise<WalletRows<WalletPosition>>;
}
