import type { Micros } from './money';
import type { Position } from './position';

/**
 * The three ways a trader reads one mode's money, which must always agree (issue 21 item 1):
 * the popup's bankroll, History's realised capital plus what is still open, and the trades' cash.
 */

type Held = Pick<Position, 'capitalYes' | 'capitalNo' | 'pnl' | 'realisedProceeds'>;

/** Held shares at the monitor's latest estimate: capital + P&L − proceeds already back in cash. */
export function openValue(open: readonly Held[]): Micros {
  return open.reduce((sum, p) => sum + p.capitalYes + p.capitalNo + p.pnl - p.realisedProceeds, 0);
}

/** The popup's bankroll: free collateral plus the value of the open positions. */
export function bankroll(free: Micros, open: readonly Held[]): Micros {
  return free + openValue(open);
}

/** History's realised capital: the starting balance plus every closed position's final P&L. */
export function realisedCapital(starting: Micros, closed: readonly Pick<Position, 'pnl'>[]): Micros {
  return closed.reduce((sum, p) => sum + p.pnl, starting);
}

/** A recorded trade as far as cash goes (a TradeRow fits). */
export interface CashTrade {
  status: 'filled' | 'failed';
  action: 'buy' | 'sell' | 'redeem';
  amount: Micros;
  fee: Micros;
}

/** Free collateral rebuilt from the trade history: buys cost amount + fee, sales, payouts and redeems bring amount − fee. */
export function cashFromTrades(starting: Micros, trades: readonly CashTrade[]): Micros {
  return trades
    .filter((t) => t.status === 'filled')
    .reduce((cash, t) => cash + (t.action === 'buy' ? -(t.amount + t.fee) : t.amount - t.fee), starting);
}
