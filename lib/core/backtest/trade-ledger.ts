import type { Micros } from '../model/money';
import type { OutcomeSide } from '../model/outcome-side';
import type { FillSource } from './fill-model';

/** Why collateral came back: a partial exit (liquidation of the losing side) or the final close. */
export type BacktestExitReason = 'liquidation' | 'take_profit' | 'stop_loss' | 'resolution' | 'end_of_data';

export const EXIT_REASONS: readonly BacktestExitReason[] = [
  'liquidation',
  'take_profit',
  'stop_loss',
  'resolution',
  'end_of_data',
];

/**
 * One exit event. `pnl` = net proceeds − the entry capital of the shares it disposed of, so the
 * events of a trade add up to the trade's P&L and per-reason totals never double count.
 */
export interface ExitEvent {
  time: number;
  marketIndex: number;
  reason: BacktestExitReason;
  netProceeds: Micros;
  fee: Micros;
  costBasis: Micros;
  pnl: Micros;
}

/** One position from entry to final close. */
export interface BacktestTrade {
  id: string;
  marketId: string;
  marketIndex: number;
  question: string;
  /** Sides bought at entry. */
  sides: OutcomeSide[];
  entryTime: number;
  exitTime: number;
  capital: Micros;
  /** Every fee paid: entry, liquidation and exit fills. */
  fees: Micros;
  pnl: Micros;
  /** pnl / capital. */
  return: number;
  exitReason: Exclude<BacktestExitReason, 'liquidation'>;
  liquidatedSide: OutcomeSide | null;
  liquidatedAt: number | null;
}

export type FillCounts = Record<FillSource, number>;

export interface EquityPoint {
  t: number;
  /** Free collateral plus open positions at exit prices (net of fees), micros. */
  equity: Micros;
}
