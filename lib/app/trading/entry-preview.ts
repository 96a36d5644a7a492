import { expectedHoldingReward } from '../../core/ctf/holding-reward';
import { midpoint } from '../../core/model/book-stats';
import type { FeeRate } from '../../core/model/fees';
import { type Micros, mulMicros, scaleMicros } from '../../core/model/money';
import type { OrderBook } from '../../core/model/order-book';
import { exitQuote } from '../../core/model/prices';
import type { LegPlan } from '../../core/rules/sizing';
import type { EntryAssessment } from './assess-entry';
import type { EntryPreview, LegPreview } from './trade-views';

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

/** The UI's view of an assessed entry: per leg cost, depth, fee and worst price, or the reason it is blocked. */
export function entryPreview(a: EntryAssessment): EntryPreview {
  const { plan, market, snapshot, settings } = a;
  const slip = settings.strategy.maxSlippage;
  const outlay = plan?.expectedOutlay ?? 0;
  const value =
    startValue(plan?.yes ?? null, snapshot.yes, market.fee) +
    startValue(plan?.no ?? null, snapshot.no, market.fee);
  return {
    marketId: market.id,
    marketName: market.question,
    mode: settings.mode,
    yes: plan?.yes ? leg(plan.yes, market.yes.label, snapshot.yes, slip) : null,
    no: plan?.no ? leg(plan.no, market.no.label, snapshot.no, slip) : null,
    totalCost: plan?.expectedOutlay ?? 0,
    totalFees: (plan?.yes?.expectedFee ?? 0) + (plan?.no?.expectedFee ?? 0),
    blocked: a.blocked,
    blockedText: a.blocked === null ? null : a.blockedText,
    strategy: settings.strategy.kind,
    note: a.strategy?.note ?? null,
    noteText: a.strategy?.noteText ?? null,
    startPnlRatio: outlay > 0 ? (value - outlay) / outlay : 0,
    stopLoss: settings.strategy.stopLossEnabled ? settings.strategy.stopLoss : null,
    holdingReward: expectedHoldingReward({
      enabled: market.holdingRewardsEnabled,
      yesShares: plan?.yes?.expectedShares ?? 0,
      noShares: plan?.no?.expectedShares ?? 0,
      yesMid: midpoint(snapshot.yes),
      noMid: midpoint(snapshot.no),
      annualRate: settings.capital.holdingRewardRate,
    }),
    holdingRewardRate: settings.capital.holdingRewardRate,
  };
}
