import { expectedHoldingReward } from '../../core/ctf/holding-reward';
import { midpoint } from '../../core/model/book-stats';
import type { FeeRate } from '../../core/model/fees';
import { type Micros, mulMicros, scaleMicros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import { exitQuote } from '../../core/model/prices';
import type { LegPlan } from '../../core/rules/sizing';
import { venueHasCtf } from '../../core/venues/venue-ctf';
import type { EntryAssessment } from './assess-entry';
import type { EntryMethodPreview, EntryPreview, LegPreview } from './trade-views';

function depthWithin(book: OrderBook, bestAsk: Micros, maxSlippage: number): Micros {
  const ceiling = scaleMicros(bestAsk, 1 + maxSlippage, 'down');
  return book.asks
    .filter((level) => level.price <= ceiling)
    .reduce((sum, level) => sum + mulMicros(level.size, level.price, 'down'), 0);
}

function leg(plan: LegPlan, label: string, book: OrderBook, maxSlippage: number): LegPreview {
  return {
    label,
    cost: plan.expectedCost,
    shares: plan.expectedShares,
    bestAsk: plan.bestAsk,
    worstPrice: plan.limitPrice,
    depthWithinSlippage: depthWithin(book, plan.bestAsk, maxSlippage),
    fee: plan.expectedFee,
  };
}

/** Net proceeds of selling the planned shares at once at the bids: where the position starts. */
function startValue(plan: LegPlan | null, book: OrderBook, feeRate: FeeRate): Micros {
  return plan && plan.expectedShares > 0 ? exitQuote(book, plan.expectedShares, feeRate).netProceeds : 0;
}

/** Books versus split as the UI shows it, from the core's decision. */
function methodPreview(a: EntryAssessment): EntryMethodPreview | null {
  const decision = a.method?.decision;
  if (!a.method || !decision || a.blocked !== null) return null;
  return {
    method: decision.method,
    reason: decision.reason,
    choice: a.method.choice,
    pairs: decision.pairs,
    booksCost: decision.books.total,
    booksFees: decision.books.fees,
    booksFilled: decision.books.filled,
    splitCost: decision.split.total,
    splitGas: decision.split.gas,
    saving: decision.saving,
    gasPaidBy: a.method.gasPaidBy,
  };
}

/**
 * The UI's view of an assessed entry: per leg cost, depth, fee and worst price (the books), the
 * books-versus-split comparison, or the reason it is blocked. When the split is chosen, the total is
 * the split's (pairs + gas, no taker fee) and the start P&L is that of the pairs sold at the bids.
 */
export function entryPreview(a: EntryAssessment): EntryPreview {
  const { plan, market, snapshot, settings } = a;
  const slip = settings.strategy.maxSlippage;
  const method = methodPreview(a);
  const split = method?.method === 'split' ? method : null;
  const outlay = split ? split.splitCost : (plan?.expectedOutlay ?? 0);
  const value = split
    ? exitQuote(snapshot.yes, split.pairs, market.fee).netProceeds +
      exitQuote(snapshot.no, split.pairs, market.fee).netProceeds
    : startValue(plan?.yes ?? null, snapshot.yes, market.fee) +
      startValue(plan?.no ?? null, snapshot.no, market.fee);
  return {
    marketId: market.id,
    marketName: market.question,
    mode: settings.mode,
    yes: plan?.yes ? leg(plan.yes, market.yes.label, snapshot.yes, slip) : null,
    no: plan?.no ? leg(plan.no, market.no.label, snapshot.no, slip) : null,
    totalCost: outlay,
    totalFees: split ? 0 : (plan?.yes?.expectedFee ?? 0) + (plan?.no?.expectedFee ?? 0),
    blocked: a.blocked,
    blockedText: a.blocked === null ? null : a.blockedText,
    strategy: settings.strategy.kind,
    note: a.strategy?.note ?? null,
    noteText: a.strategy?.noteText ?? null,
    startPnlRatio: outlay > 0 ? (value - outlay) / outlay : 0,
    stopLoss: settings.strategy.stopLossEnabled ? settings.strategy.stopLoss : null,
    // Holding rewards are Polymarket's, paid on its outcome tokens: no line about them on Kalshi.
    ...(venueHasCtf(market.venue)
      ? {
          holdingReward: expectedHoldingReward({
            enabled: market.holdingRewardsEnabled,
            yesShares: plan?.yes?.expectedShares ?? 0,
            noShares: plan?.no?.expectedShares ?? 0,
            yesMid: midpoint(snapshot.yes),
            noMid: midpoint(snapshot.no),
            annualRate: settings.capital.holdingRewardRate,
          }),
        }
      : {}),
    holdingRewardRate: settings.capital.holdingRewardRate,
    entryMethod: method,
  };
}
