import type { EquityPoint } from './trade-ledger';

/**
 * Performance statistics over an equity curve. Sharpe and Sortino use DAILY returns (the last equity
 * of each UTC day against the previous day's, the first day against the starting cash), risk-free
 * rate 0, annualised by √365 because prediction markets trade every day of the year.
 */
export const PERIODS_PER_YEAR = 365;
export const ANNUALISATION_NOTE = 'daily returns (UTC days), risk-free 0, annualised × √365';

const DAY = 86_400_000;

export interface Drawdown {
  /** Largest peak-to-trough fall as a fraction of the peak (0.25 = 25 %). */
  fraction: number;
  /** The same fall in micros. */
  amount: number;
  peakAt: number | null;
  troughAt: number | null;
}

export function maxDrawdown(equity: readonly EquityPoint[], initial: number): Drawdown {
  let peak = initial;
  let peakTime: number | null = null;
  let worst: Drawdown = { fraction: 0, amount: 0, peakAt: null, troughAt: null };
  for (const point of equity) {
    if (point.equity > peak) {
      peak = point.equity;
      peakTime = point.t;
    }
    const fall = peak - point.equity;
    const fraction = peak > 0 ? fall / peak : 0;
    if (fraction > worst.fraction) worst = { fraction, amount: fall, peakAt: peakTime, troughAt: point.t };
  }
  return worst;
}

export function dailyReturns(equity: readonly EquityPoint[], initial: number): number[] {
  const closes: number[] = [];
  let day = Number.NaN;
  for (const point of equity) {
    const d = Math.floor(point.t / DAY);
    if (d === day) closes[closes.length - 1] = point.equity;
    else closes.push(point.equity);
    day = d;
  }
  const returns: number[] = [];
  let previous = initial;
  for (const close of closes) {
    returns.push(previous > 0 ? close / previous - 1 : 0);
    previous = close;
  }
  return returns;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Annualised Sharpe of periodic returns (sample standard deviation); null when undefined. */
export function sharpeRatio(returns: readonly number[], periodsPerYear = PERIODS_PER_YEAR): number | null {
  if (returns.length < 2) return null;
  const m = mean(returns);
  const variance = returns.reduce((s, r) => s + (r - m) ** 2, 0) / (returns.length - 1);
  return variance > 0 ? (m / Math.sqrt(variance)) * Math.sqrt(periodsPerYear) : null;
}

/** Annualised Sortino: mean over the downside deviation √(mean(min(r, 0)²)); null when undefined. */
export function sortinoRatio(returns: readonly number[], periodsPerYear = PERIODS_PER_YEAR): number | null {
  if (returns.length < 2) return null;
  const downside = Math.sqrt(returns.reduce((s, r) => s + Math.min(r, 0) ** 2, 0) / returns.length);
  return downside > 0 ? (mean(returns) / downside) * Math.sqrt(periodsPerYear) : null;
}

/** Gross profit ÷ gross loss of trades; null without a losing trade. */
export function profitFactor(pnls: readonly number[]): number | null {
  let gain = 0;
  let loss = 0;
  for (const p of pnls) {
    if (p > 0) gain += p;
    else loss -= p;
  }
  return loss > 0 ? gain / loss : null;
}
