import { kalshiTradeFee } from '../../../lib/core/venues/kalshi/fees.ts';
import type { FakeKalshiOrder, FakeKalshiState } from '../state/fake-kalshi-state.ts';
import type { FakeKalshiMarket } from '../state/kalshi-market-model.ts';

const ONE = 1_000_000;
const SCHEDULE = { feeType: 'quadratic' as const, multiplier: 1 };

export interface OrderTerms {
  ticker: string;
  side: 'bid' | 'ask';
  price: number;
  count: number;
  timeInForce: 'fill_or_kill' | 'good_till_canceled' | 'immediate_or_cancel';
}

/**
 * Matches a V2 order against the bids-only book. A YES bid at p takes NO bids at q ≥ 1 − p (a YES
 * fill at 1 − q); a YES ask at p (buy NO at 1 − p) takes YES bids at ≥ p. Takers pay the quadratic
 * fee; what is left rests (GTC) as a bid on its own side, or is canceled (IOC; FOK fills all or
 * nothing). Cash moves on the key's balance. Returns the available contracts when FOK refuses.
 */
export function executeKalshiOrder(
  state: FakeKalshiState,
  market: FakeKalshiMarket,
  order: FakeKalshiOrder,
  terms: OrderTerms,
): void {
  const against = terms.side === 'bid' ? 'no' : 'yes';
  const book = against === 'no' ? market.noBids : market.yesBids;
  const limit = terms.side === 'bid' ? ONE - terms.price : terms.price;
  const levels = [...book].filter(([price, size]) => price >= limit && size > 0).sort((a, b) => b[0] - a[0]);
  const available = levels.reduce((sum, [, size]) => sum + size, 0);
  if (terms.timeInForce === 'fill_or_kill' && available < terms.count) {
    order.status = 'canceled';
    order.remaining = 0;
    return;
  }
  let left = terms.count;
  for (const [price, size] of levels) {
    if (left === 0) break;
    const take = Math.min(left, size);
    const yesPrice = against === 'no' ? ONE - price : price;
    const ownPrice = terms.side === 'bid' ? yesPrice : ONE - yesPrice;
    const fee = kalshiTradeFee(take, ownPrice, 'taker', SCHEDULE);
    const cost = Math.round((take * ownPrice) / ONE);
    state.balances.set(order.keyId, state.balance(order.keyId) - cost - fee);
    order.takerCost += cost;
    order.takerFees += fee;
    order.filled += take;
    left -= take;
    state.changeBid({ ticker: market.ticker, side: against, price, delta: -take });
    market.lastPrice = yesPrice;
    market.volume += take;
    state.trades.push({
      tradeId: state.id('trade'),
      ticker: market.ticker,
      count: take,
      yesPrice,
      takerOutcome: terms.side === 'bid' ? 'yes' : 'no',
      takerBookSide: terms.side,
      timeMs: state.nowMs,
    });
  }
  order.remaining = left;
  if (left > 0 && terms.timeInForce === 'good_till_canceled') {
    const ownSide = terms.side === 'bid' ? 'yes' : 'no';
    const ownPrice = terms.side === 'bid' ? terms.price : ONE - terms.price;
    state.changeBid({
      ticker: market.ticker,
      side: ownSide,
      price: ownPrice,
      delta: left,
      clientOrderId: order.clientOrderId,
    });
    order.status = 'resting';
  } else {
    order.remaining = 0;
    order.status = order.filled > 0 ? 'executed' : 'canceled';
  }
}
