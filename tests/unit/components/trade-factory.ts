import type { TradeRow } from '../../../lib/core/model/rows/trades';

/** A filled paper trade with overrides (money in micros). */
export function trade(over: Partial<TradeRow> = {}): TradeRow {
  return {
    id: 't',
    positionId: 'pos-1',
    marketId: 'm-1',
    marketName: 'Will the Fed cut rates?',
    intentId: 'i',
    side: 'yes',
    action: 'buy',
    reason: 'entry',
    price: 520_000,
    amount: 50_000_000,
    shares: 96_153_846,
    fee: 600_000,
    transactionHash: null,
    orderId: 'o',
    status: 'filled',
    error: null,
    mode: 'paper',
    executedAt: Date.UTC(2026, 10, 20, 10),
    ...over,
  };
}
