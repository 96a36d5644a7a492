import type { FeeRate } from '../model/fees';
import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import type { Position } from '../model/position';
import { markPrice } from '../model/prices';
import { checkDivergence } from './divergence';
import type { MarketBooks } from './eligibility';
import { checkExit, type ExitReason } from './exits';
import type { StrategyParams } from './params';
import { resolutionPayout } from './resolution';
import { type SellOrder, sellEverythingHeld, sellHeldSide } from './sell-order';
import { valuePosition } from './valuation';

export type { SellOrder } from './sell-order';

/** What the market says about resolution, plus its taker fee rate. */
export interface MarketState {
  closed: boolean;
  resolvedOutcome: 0 | 1 | null;
  feeRate: FeeRate;
}

export type HoldNote = 'not_open' | 'awaiting_resolution' | 'no_exit_liquidity' | 'within_limits';

/**
 * A monitor decision, in codes and numbers only (words are made where a person reads them: the UI's
 * locales, the log's describeDecision). Its sells are the orders exactly as the engine sends them
 * (core sellOrder).
 */
export type Decision =
  | { kind: 'hold'; note: HoldNote; decidedAt: number }
  | {
      kind: 'liquidate';
      side: OutcomeSide;
      shares: Micros;
      sell: SellOrder;
      /** (entry − mark) / entry of the sold side, and the two prices it comes from. */
      drop: number;
      entryPrice: Micros;
      markPrice: Micros;
      /** The divergence threshold it reached. */
      threshold: number;
      decidedAt: number;
    }
  | {
      kind: 'close';
      reason: ExitReason;
      sells: SellOrder[];
      pnl: Micros;
      pnlPercent: number;
      /** The take-profit or stop-loss ratio it reached. */
      threshold: number;
      decidedAt: number;
    }
  | { kind: 'resolve'; winner: 0 | 1; payout: Micros; decidedAt: number };

/**
 * One monitor pass for one position (strategy.md Monitor), pure: resolution first, then divergence
 * (active positions only), then take-profit / stop-loss on the whole position at exit prices.
 */
export function decidePosition(
  position: Position,
  books: MarketBooks,
  market: MarketState,
  params: StrategyParams,
  now: number,
): Decision {
  const hold = (note: HoldNote): Decision => ({ kind: 'hold', note, decidedAt: now });
  if (position.status === 'closed' || position.status === 'opening') return hold('not_open');
  if (market.resolvedOutcome !== null) {
    const payout = resolutionPayout(position, market.resolvedOutcome);
    return { kind: 'resolve', winner: market.resolvedOutcome, payout: payout.total, decidedAt: now };
  }
  if (market.closed) return hold('awaiting_resolution');

  const marks = { yes: markPrice(books.yes), no: markPrice(books.no) };
  const signal = checkDivergence(position, marks, params.divergenceThreshold);
  if (signal) {
    const sell = sellHeldSide(position, signal.side, books, market.feeRate);
    if (sell) {
      return {
        kind: 'liquidate',
        side: signal.side,
        shares: sell.shares,
        sell,
        drop: signal.drop,
        entryPrice: signal.entryPrice,
        markPrice: signal.markPrice,
        threshold: params.divergenceThreshold,
        decidedAt: now,
      };
    }
  }

  const value = valuePosition(position, books, market.feeRate);
  const exit = checkExit(value.pnl, value.capital, params);
  if (exit === null) return hold('within_limits');
  if (!value.sellable) return hold('no_exit_liquidity');
  return {
    kind: 'close',
    reason: exit,
    sells: sellEverythingHeld(position, books, market.feeRate),
    pnl: value.pnl,
    pnlPercent: value.pnlPercent,
    threshold: exit === 'take_profit' ? params.takeProfit : params.stopLoss,
    decidedAt: now,
  };
}

/**
 * The same-pass re-check (strategy.md Monitor: take-profit / stop-loss "at every pass"): once a
 * liquidation has been carried out, the winner left held is decided on again at once, on the same
 * books, instead of waiting for the next price. Both monitors and the backtester follow this rule.
 */
export function recheckAfter(decision: Decision, after: Position | null | undefined): after is Position {
  return decision.kind === 'liquidate' && after != null && after.status === 'liquidated';
}
