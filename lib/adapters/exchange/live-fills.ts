import type { ClobClient, Trade } from '@polymarket/clob-client-v2';
import type { OrderResult } from '../../app/ports/exchange-port';
import { type FeeRate, NO_FEE, takerFee } from '../../core/model/fees';
import { divMicros, type Micros, mulMicros, toMicros } from '../../core/model/money';
import { isClientError } from './live-errors';

export type TradesReader = Pick<ClobClient, 'getTrades'>;

/** The trades of an order, by id (each its own request; an unreadable one is skipped). */
export async function readTrades(client: TradesReader, tradeIds: readonly string[]): Promise<Trade[]> {
  const out: Trade[] = [];
  for (const id of new Set(tradeIds)) {
    const page: unknown = await client.getTrades({ id }, true);
    if (Array.isArray(page)) out.push(...(page as Trade[]).filter((t) => t.id === id));
    else if (isClientError(page)) continue;
  }
  return out;
}

export interface FillTotals {
  shares: Micros;
  amount: Micros;
}

/**
 * A filled result from the order's trades: shares, collateral and a taker fee per fill, computed
 * with the market's rate (or each trade's fee_rate_bps when the rate is unknown). `totals` from the
 * post response win when given (they are the exchange's own sums).
 */
export function filledResult(
  orderId: string,
  trades: readonly Trade[],
  feeRate: FeeRate | null,
  totals: FillTotals | null,
  transactionHash: string | null,
): Extract<OrderResult, { status: 'filled' }> {
  let shares = 0;
  let amount = 0;
  let fee = 0;
  for (const t of trades) {
    const size = toMicros(t.size);
    const price = toMicros(t.price);
    shares += size;
    amount += mulMicros(size, price, 'down');
    fee += takerFee(size, price, feeRate ?? { rate: Number(t.fee_rate_bps) / 10_000 || 0, exponent: 1 });
  }
  if (totals) {
    if (trades.length === 0 && totals.shares > 0) {
      fee = takerFee(totals.shares, divMicros(totals.amount, totals.shares), feeRate ?? NO_FEE);
    }
    shares = totals.shares;
    amount = totals.amount;
  }
  return {
    status: 'filled',
    orderId,
    filledShares: shares,
    filledAmount: amount,
    avgPrice: shares > 0 ? divMicros(amount, shares) : 0,
    fee,
    transactionHash: transactionHash ?? trades.find((t) => t.transaction_hash)?.transaction_hash ?? null,
  };
}
