import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { FakeMarket } from '../state/market-model.ts';
import { ONE } from './micro-units.ts';
import type { OrderType, Side } from './resting-order.ts';
import { takerFee } from './taker-fee.ts';

/** A signature-verified order, ready for the exchange. */
export interface AcceptedOrder {
  id: string;
  /** lower-case maker (funder) address: whose balances move */
  owner: string;
  apiKey: string;
  market: FakeMarket;
  tokenIndex: 0 | 1;
  side: Side;
  makerAmount: bigint;
  takerAmount: bigint;
  orderType: OrderType;
  expiration: string;
}

export const NOT_ENOUGH_BALANCE = 'not enough balance / allowance';

/** Limit price in the order's own token (micro, rounded to 1e-6). */
export function limitPrice(order: Pick<AcceptedOrder, 'side' | 'makerAmount' | 'takerAmount'>): bigint {
  const [num, den] =
    order.side === 'BUY' ? [order.makerAmount, order.takerAmount] : [order.takerAmount, order.makerAmount];
  return den === 0n ? 0n : (num * ONE + den / 2n) / den;
}

/** Polymarket's validation messages, or null when the order may go to matching. */
export function admissionError(state: FakePolymarketState, order: AcceptedOrder): string | null {
  const { market, id } = order;
  if (market.closed || !market.acceptingOrders)
    return `order ${id} is invalid. Market is not accepting orders.`;
  const precision = marketAmountsError(order);
  if (precision) return precision;
  const price = limitPrice(order);
  const tick = BigInt(Math.round(Number(market.tickSize) * 1e6));
  const onTick = ((price + tick / 2n) / tick) * tick;
  const distance = price > onTick ? price - onTick : onTick - price;
  if (distance * 10n > tick || price < tick || price > ONE - tick) {
    return `order ${id} is invalid. Price (${Number(price) / 1e6}) breaks minimum tick size rule: ${market.tickSize}`;
  }
  const size = order.side === 'BUY' ? order.takerAmount : order.makerAmount;
  if (size < BigInt(Math.round(market.minOrderSize * 1e6))) {
    return `order ${id} is invalid. Size (${Number(size) / 1e6}) lower than the minimum: ${market.minOrderSize}`;
  }
  if (state.seenOrderHashes.has(id)) return `order ${id} is invalid. Duplicated.`;
  if (order.side === 'BUY') {
    const fee = takerFee(order.takerAmount, price, market.feesEnabled ? market.feeSchedule : null);
    if (order.makerAmount + fee > availableCollateral(state, order.owner)) return NOT_ENOUGH_BALANCE;
  } else {
    const tokenId = market.tokens[order.tokenIndex].tokenId;
    if (order.makerAmount > availableShares(state, order.owner, tokenId)) return NOT_ENOUGH_BALANCE;
  }
  return null;
}

/**
 * Market (FOK/FAK) orders: maker amount at most 2 decimals, taker amount at most 4, whatever the
 * tick (py-clob-client-v2 #99, rs-clob-client-v2 #59: the buy message is the production text; the
 * sell one mirrors it, as rs-clob-client #164 describes the same caps for sells).
 */
export function marketAmountsError(
  order: Pick<AcceptedOrder, 'orderType' | 'side' | 'makerAmount' | 'takerAmount'>,
) {
  if (order.orderType !== 'FOK' && order.orderType !== 'FAK') return null;
  if (order.makerAmount % 10_000n === 0n && order.takerAmount % 100n === 0n) return null;
  const side = order.side === 'BUY' ? 'buy' : 'sell';
  return `invalid amounts, the market ${side} orders maker amount supports a max accuracy of 2 decimals, taker amount a max of 4 decimals`;
}

export function availableCollateral(state: FakePolymarketState, owner: string): bigint {
  let reserved = 0n;
  for (const order of state.orders.values()) {
    if (order.owner === owner && order.status === 'LIVE' && order.side === 'BUY') {
      reserved += (order.remaining * order.price) / ONE;
    }
  }
  return state.accounts.get(owner).collateral - reserved;
}

export function availableShares(state: FakePolymarketState, owner: string, tokenId: string): bigint {
  let reserved = 0n;
  for (const order of state.orders.values()) {
    if (
      order.owner === owner &&
      order.status === 'LIVE' &&
      order.side === 'SELL' &&
      order.tokenId === tokenId
    ) {
      reserved += order.remaining;
    }
  }
  return state.accounts.position(owner, tokenId).size - reserved;
}
