import type { Micros } from '../model/money';
import type { StrategyParams } from './params';

export type ExitReason = 'take_profit' | 'stop_loss';

/**
 * strategy.md Monitor 2 on the whole position: take-profit at P&L ≥ takeProfit × capital, stop-loss at
 * P&L ≤ −stopLoss × capital, each only when enabled. Compared in exact integer micros.
 */
export function checkExit(pnl: Micros, capital: Micros, params: StrategyParams): ExitReason | null {
  if (capital <= 0) return null;
  if (params.takeProfitEnabled && pnl >= Math.ceil(params.takeProfit * capital - 1e-9)) return 'take_profit';
  if (params.stopLossEnabled && -pnl >= Math.ceil(params.stopLoss * capital - 1e-9)) return 'stop_loss';
  return null;
}
