import { type Micros, mulMicros } from '../model/money';

/** One trade as the whale logic sees it (decoded from the Data API at the adapter edge). */
export interface TradeRecord {
  wallet: string;
  /** Display name or pseudonym, '' when unknown. */
  name: string;
  conditionId: string;
  tokenId: string;
  /** 0 = YES side of the market, 1 = NO, null when the API did not say. */
  outcomeIndex: number | null;
  side: 'BUY' | 'SELL';
  /** Shares, micros. */
  size: Micros;
  /** Price per share, micros. */
  price: Micros;
  /** Epoch ms. */
  time: number;
  transactionHash: string;
}

/** Collateral that changed hands in the trade (size × price). */
export function tradeNotional(trade: TradeRecord): Micros {
  return mulMicros(trade.size, trade.price, 'down');
}

/** The same fill can come back from two queries (all trades and big trades): keep it once. */
export function dedupeTrades(trades: readonly TradeRecord[]): TradeRecord[] {
  const seen = new Set<string>();
  const out: TradeRecord[] = [];
  for (const t of trades) {
    const key = `${t.transactionHash}|${t.wallet}|${t.tokenId}|${t.side}|${t.size}|${t.time}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
