import { fillMarketable } from '../backtest/marketable-fill';
import { walkAsksByBudget } from '../model/book-walk';
import { type Micros, mulMicros, roundToStep, scaleMicros } from '../model/money';
import type { OrderBook } from '../model/order-book';
import type { OutcomeSide } from '../model/outcome-side';
import { roundPriceToTick } from '../model/tick';
import type { LegResult, SizingInput, SizingRejection } from './sizing';

const CENT: Micros = 10_000;

/**
 * One BUY leg on a book whose orders count contracts (Kalshi): the worst ask level `half` reaches
 * sets the limit price (on the tick, checked against the best ask for slippage), the order asks for
 * floor(budget / limit) whole contracts (or 0.01 steps), and the expected fill, cost and fee are the
 * fill rule's own (fillMarketable), so the plan, the paper fill and the backtest agree to the micro.
 * The fee stays inside the half: when it does not, the budget shrinks by the fee once, to the cent.
 */
export function planContractLeg(
  side: OutcomeSide,
  book: OrderBook,
  half: Micros,
  input: SizingInput,
): LegResult {
  const fail = (reason: SizingRejection, params: Record<string, number> = {}): LegResult => ({
    ok: false,
    reason,
    side,
    params: { side, ...params },
  });
  const best = book.asks[0]?.price;
  if (best === undefined) return fail('no_asks');
  const reach = walkAsksByBudget(book.asks, half);
  if (!reach.filled || reach.worstPrice === null) {
    return fail('insufficient_depth', { depthUsd: reach.notional, neededUsd: half });
  }
  const limitPrice = roundPriceToTick(reach.worstPrice, book.tickSize, 'up');
  const slippage = (limitPrice - best) / best;
  if (limitPrice > scaleMicros(best, 1 + input.params.maxSlippage, 'down')) {
    return fail('slippage', {
      budgetUsd: half,
      limitPrice,
      slippageRatio: slippage,
      bestPrice: best,
      maxSlippageRatio: input.params.maxSlippage,
    });
  }
  let budget = half;
  let fill = fillMarketable(book, 'BUY', budget, limitPrice, input.feeRate);
  if (fill.ok && fill.walk.notional + fill.fee > half) {
    budget = roundToStep(half - fill.fee, CENT, 'down');
    fill = fillMarketable(book, 'BUY', budget, limitPrice, input.feeRate);
  }
  if (!fill.ok) {
    if (fill.reason === 'below_min_size')
      return fail('below_min_size', { orderShares: fill.size, minShares: book.minOrderSize });
    return fail('insufficient_depth', { depthUsd: reach.notional, neededUsd: budget });
  }
  const { walk, fee } = fill;
  return {
    ok: true,
    leg: {
      side,
      tokenId: book.tokenId,
      budget,
      bestAsk: best,
      limitPrice,
      slippage,
      expectedShares: walk.shares,
      expectedCost: walk.notional,
      expectedFee: fee,
      vwap: walk.vwap ?? limitPrice,
      // A count of contracts at the limit: at most count × limit collateral for `count` contracts.
      order: {
        side: 'BUY',
        price: limitPrice,
        makerAmount: mulMicros(walk.shares, limitPrice, 'up'),
        takerAmount: walk.shares,
      },
    },
  };
}
