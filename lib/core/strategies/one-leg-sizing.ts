import { walkAsksByBudget } from '../model/book-walk';
import { takerFeeForFills } from '../model/fees';
import { type Micros, roundToStep, scaleMicros } from '../model/money';
import { marketOrderAmounts } from '../model/order-amounts';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { roundPriceToTick } from '../model/tick';
import type { StrategyParams } from '../strategy/params';
import { positionCapital } from '../strategy/sizing';
import type { EntryLeg } from './strategy';

const CENT: Micros = 10_000;

/**
 * Size a single-side entry with the same rules as the balancing legs (core planEntry): the whole
 * position capital on one side, the taker fee kept inside the budget, the walk's worst price within
 * maxSlippage of the best ask, and at least the market's minimum order size. Null when it fails.
 */
export function planOneLeg(
  side: OutcomeSide,
  book: OrderBook,
  bankroll: Micros,
  freeCollateral: Micros,
  feeRate: number,
  params: StrategyParams,
): EntryLeg | null {
  const capital = roundToStep(positionCapital(bankroll, freeCollateral, params), CENT, 'down');
  const best = book.asks[0]?.price;
  if (capital <= 0 || best === undefined) return null;
  let budget = capital;
  let walk = walkAsksByBudget(book.asks, budget);
  let fee = takerFeeForFills(walk.fills, feeRate);
  if (walk.notional + fee > capital) {
    budget = roundToStep(capital - fee, CENT, 'down');
    walk = walkAsksByBudget(book.asks, budget);
    fee = takerFeeForFills(walk.fills, feeRate);
  }
  if (budget <= 0 || !walk.filled || walk.worstPrice === null) return null;
  const limitPrice = roundPriceToTick(walk.worstPrice, book.tickSize, 'up');
  if (limitPrice > scaleMicros(best, 1 + params.maxSlippage, 'down')) return null;
  const order = marketOrderAmounts('BUY', budget, limitPrice, book.tickSize);
  if (order.takerAmount < book.minOrderSize) return null;
  return { side, budget, limitPrice };
}
