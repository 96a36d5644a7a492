import { formatCents, formatPercent, formatShares, formatUsd } from '../model/display';
import type { FeeRate } from '../model/fees';
import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import { heldShares, type Position } from '../model/position';
import { exitQuote, markPrice } from '../model/prices';
import { roundPriceToTick } from '../model/tick';
import { checkDivergence } from './divergence';
import type { MarketBooks } from './eligibility';
import { checkExit, type ExitReason } from './exits';
import type { StrategyParams } from './params';
import { resolutionPayout } from './resolution';
import { valuePosition } from './valuation';

/** A sell the engine should send (fill-or-kill): `limitPrice` is the deepest bid needed, on the tick grid. */
export interface SellOrder {
  side: OutcomeSide;
  tokenId: string;
  shares: Micros;
  limitPrice: Micros;
  expectedProceeds: Micros;
}

/** What the market says about resolution, plus its taker fee rate. */
export interface MarketState {
  closed: boolean;
  resolvedOutcome: 0 | 1 | null;
  feeRate: FeeRate;
}

export type HoldNote = 'not_open' | 'awaiting_resolution' | 'no_exit_liquidity' | 'within_limits';

export type Decision =
  | { kind: 'hold'; note: HoldNote; decidedAt: number }
  | {
      kind: 'liquidate';
      side: OutcomeSide;
      shares: Micros;
      sell: SellOrder;
      drop: number;
      reason: string;
      decidedAt: number;
    }
  | {
      kind: 'close';
      reason: ExitReason;
      sells: SellOrder[];
      pnl: Micros;
      pnlPercent: number;
      message: string;
      decidedAt: number;
    }
  | { kind: 'resolve'; winner: 0 | 1; payout: Micros; message: string; decidedAt: number };

function sellOrder(
  position: Position,
  side: OutcomeSide,
  books: MarketBooks,
  feeRate: FeeRate,
): SellOrder | null {
  const shares = heldShares(position, side);
  if (shares <= 0) return null;
  const book = books[side];
  const quote = exitQuote(book, shares, feeRate);
  const worst = quote.walk.worstPrice ?? book.tickSize;
  return {
    side,
    tokenId: book.tokenId,
    shares,
    limitPrice: roundPriceToTick(worst, book.tickSize, 'down'),
    expectedProceeds: quote.netProceeds,
  };
}

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
    const label = market.resolvedOutcome === 0 ? 'YES' : 'NO';
    return {
      kind: 'resolve',
      winner: market.resolvedOutcome,
      payout: payout.total,
      message: `Market resolved ${label}: held shares pay ${formatUsd(payout.total)}`,
      decidedAt: now,
    };
  }
  if (market.closed) return hold('awaiting_resolution');

  const marks = { yes: markPrice(books.yes), no: markPrice(books.no) };
  const signal = checkDivergence(position, marks, params.divergenceThreshold);
  if (signal) {
    const sell = sellOrder(position, signal.side, books, market.feeRate);
    if (sell) {
      const label = signal.side.toUpperCase();
      return {
        kind: 'liquidate',
        side: signal.side,
        shares: sell.shares,
        sell,
        drop: signal.drop,
        reason:
          `${label} fell ${formatPercent(signal.drop)} from entry ${formatCents(signal.entryPrice)} to ` +
          `${formatCents(signal.markPrice)} (limit ${formatPercent(params.divergenceThreshold)}): ` +
          `sell ${formatShares(sell.shares)} ${label} shares`,
        decidedAt: now,
      };
    }
  }

  const value = valuePosition(position, books, market.feeRate);
  const exit = checkExit(value.pnl, value.capital, params);
  if (exit === null) return hold('within_limits');
  if (!value.sellable) return hold('no_exit_liquidity');
  const sells = (['yes', 'no'] as const)
    .map((side) => sellOrder(position, side, books, market.feeRate))
    .filter((s): s is SellOrder => s !== null);
  const what =
    exit === 'take_profit'
      ? `take-profit ${formatPercent(params.takeProfit)}`
      : `stop-loss ${formatPercent(params.stopLoss)}`;
  return {
    kind: 'close',
    reason: exit,
    sells,
    pnl: value.pnl,
    pnlPercent: value.pnlPercent,
    message: `Position ${value.pnl >= 0 ? 'up' : 'down'} ${formatPercent(Math.abs(value.pnlPercent))} (${formatUsd(value.pnl)}), ${what}: sell everything held`,
    decidedAt: now,
  };
}
