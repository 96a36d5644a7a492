import { contractCount } from '../../model/contract-order';
import type { Micros } from '../../model/money';

/**
 * An order on one outcome (what the engine decides) → Kalshi's V2 order on the single YES-leg book
 * (kalshi-api.md §4, docs: getting_started/order_direction):
 *
 * | intent          | V2 side | V2 price |
 * | buy YES at p    | bid     | p        |
 * | sell YES at p   | ask     | p        |
 * | buy NO at q     | ask     | 1 − q    |
 * | sell NO at q    | bid     | 1 − q    |
 *
 * Counts: a buy spends at most `amount` collateral at the limit price, so it asks for
 * floor(amount / price) contracts (whole contracts, or 0.01 steps on fractional markets); a sale
 * sells `amount` shares rounded down to the same step (model/contract-order.ts, the count the paper
 * exchange and the backtester fill too). Sales are `reduce_only`: Kalshi nets YES
 * and NO, so selling YES one does not hold would open a NO position instead.
 */
export interface KalshiOutcomeOrder {
  outcome: 'yes' | 'no';
  action: 'buy' | 'sell';
  /** Worst acceptable price of the outcome traded, micros. */
  limitPrice: Micros;
  /** buy: collateral to spend; sell: shares to sell (micros). */
  amount: Micros;
  /** 1 contract (1_000_000) or 0.01 (10_000) on fractional markets. */
  countStep: Micros;
}

export interface KalshiV2Terms {
  side: 'bid' | 'ask';
  /** YES price, micros. */
  price: Micros;
  /** Contracts, micros; 0 when the amount buys less than one step. */
  count: Micros;
  reduceOnly: boolean;
}

const ONE: Micros = 1_000_000;

export function kalshiV2Terms(order: KalshiOutcomeOrder): KalshiV2Terms {
  const { outcome, action, limitPrice, amount, countStep } = order;
  if (!Number.isInteger(limitPrice) || limitPrice <= 0 || limitPrice >= ONE)
    throw new RangeError(`limit price out of (0, 1): ${limitPrice}`);
  if (!Number.isInteger(countStep) || countStep <= 0) throw new RangeError(`bad count step: ${countStep}`);
  const buyYesSide = (action === 'buy') === (outcome === 'yes');
  const side = buyYesSide ? 'bid' : 'ask';
  const price = outcome === 'yes' ? limitPrice : ONE - limitPrice;
  const count = contractCount(action === 'buy' ? 'BUY' : 'SELL', amount, limitPrice, countStep);
  return { side, price, count, reduceOnly: action === 'sell' };
}
