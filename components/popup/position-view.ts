import type { PositionRow } from '../../lib/core/model/rows/positions';
import { priceDrop } from '../../lib/core/rules/divergence';
import { isSingleSide } from '../../lib/core/strategies/strategy-names';
import type { Settings } from '../../lib/settings/schema';

export interface SideView {
  side: 'yes' | 'no';
  label: string;
  entry: number;
  mark: number | null;
  held: boolean;
  /** (entry − mark) / entry; null without a mark. */
  drop: number | null;
}

export interface PositionView {
  /** Both sides for a balancing position; the one side bought for a single-side strategy. */
  sides: SideView[];
  /** A single-side strategy's position: no divergence rule applies. */
  singleSide: boolean;
  capital: number;
  /** The monitor's latest estimate at exit prices. */
  pnl: number;
  pnlPercent: number;
  /** Largest drop / divergence threshold (0 → 1+); null when not active or no marks. */
  divergenceProgress: number | null;
  worstSide: SideView | null;
  /** How far P&L % is from each exit, in percentage points of capital; null when that exit is off. */
  toTakeProfit: number | null;
  toStopLoss: number | null;
  /** 0 → 1 toward the nearer exit (amber from 0.7). */
  exitProgress: number;
}

function side(row: PositionRow, s: 'yes' | 'no'): SideView {
  const entry = s === 'yes' ? row.entryPriceYes : row.entryPriceNo;
  const mark = s === 'yes' ? row.currentPriceYes : row.currentPriceNo;
  const shares = s === 'yes' ? row.sharesYes : row.sharesNo;
  return {
    side: s,
    label: s === 'yes' ? row.yesLabel : row.noLabel,
    entry,
    mark,
    held: shares > 0 && row.liquidatedSide !== s,
    drop: mark === null || entry <= 0 ? null : priceDrop(entry, mark),
  };
}

/** What the popup shows for an open position: both sides, divergence toward its threshold, exits. */
export function positionView(row: PositionRow, strategy: Settings['strategy']): PositionView {
  const singleSide = isSingleSide(row.strategy);
  const both = [side(row, 'yes'), side(row, 'no')];
  const sides = singleSide ? both.filter((s) => s.entry > 0) : both;
  const capital = row.capitalYes + row.capitalNo;
  const pnlPercent = capital > 0 ? row.pnl / capital : 0;
  let worstSide: SideView | null = null;
  for (const s of sides) {
    if (s.drop !== null && (worstSide === null || s.drop > (worstSide.drop ?? 0))) worstSide = s;
  }
  const divergenceProgress =
    !singleSide && row.status === 'active' && worstSide?.drop != null
      ? Math.max(0, worstSide.drop) / strategy.divergenceThreshold
      : null;
  const toTakeProfit = strategy.takeProfitEnabled ? strategy.takeProfit - pnlPercent : null;
  const toStopLoss = strategy.stopLossEnabled ? pnlPercent + strategy.stopLoss : null;
  const tpProgress = strategy.takeProfitEnabled ? Math.max(0, pnlPercent) / strategy.takeProfit : 0;
  const slProgress = strategy.stopLossEnabled ? Math.max(0, -pnlPercent) / strategy.stopLoss : 0;
  return {
    sides,
    singleSide,
    capital,
    pnl: row.pnl,
    pnlPercent,
    divergenceProgress,
    worstSide: row.status === 'active' && !singleSide ? worstSide : null,
    toTakeProfit,
    toStopLoss,
    exitProgress: Math.max(tpProgress, slProgress),
  };
}
