import type { TradeRow } from '../../../lib/core/model/rows/trades';

/**
 * How a trade's leg was traded: on the order book, or on chain — minted by a split (pUSD into
 * YES + NO pairs at $1 a pair + gas), paid back by a merge (pairs into pUSD at $1 a pair), or
 * collected by a redeem (a resolved market's shares paid out).
 */
export type TradeMethod = 'book' | 'split' | 'merge' | 'redeem';

export const tradeMethods: readonly TradeMethod[] = ['book', 'split', 'merge', 'redeem'];

export function tradeMethod(t: Pick<TradeRow, 'action' | 'via'>): TradeMethod {
  if (t.action === 'redeem') return 'redeem';
  return t.via ?? 'book';
}
