import { formatCents, formatPercent, formatShares, formatUsd } from '../../core/model/display';
import type { Decision } from '../../core/rules/decide';

/**
 * A monitor decision in English, for the log (decisions carry codes and numbers only; the UI words
 * its outcomes through the locales). "NO fell 40% from entry 50¢ to 30¢ (limit 30%): sell 100 NO shares".
 */
export function describeDecision(decision: Decision): string {
  switch (decision.kind) {
    case 'hold':
      return `Hold (${decision.note})`;
    case 'liquidate': {
      const label = decision.side.toUpperCase();
      return (
        `${label} fell ${formatPercent(decision.drop)} from entry ${formatCents(decision.entryPrice)} to ` +
        `${formatCents(decision.markPrice)} (limit ${formatPercent(decision.threshold)}): ` +
        `sell ${formatShares(decision.shares)} ${label} shares`
      );
    }
    case 'close': {
      const rule = decision.reason === 'take_profit' ? 'take-profit' : 'stop-loss';
      const direction = decision.pnl >= 0 ? 'up' : 'down';
      return (
        `Position ${direction} ${formatPercent(Math.abs(decision.pnlPercent))} (${formatUsd(decision.pnl)}), ` +
        `${rule} ${formatPercent(decision.threshold)}: sell everything held`
      );
    }
    case 'resolve':
      return `Market resolved ${decision.winner === 0 ? 'YES' : 'NO'}: held shares pay ${formatUsd(decision.payout)}`;
  }
}
