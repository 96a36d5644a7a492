import { type DurationStats, durationStats } from './percentile';

/** An order as recorded in the trade history (a TradeRow fits). */
export interface OrderRecord {
  status: 'filled' | 'failed';
  /** 'entry', 'liquidation', 'take_profit'… */
  reason: string;
}

/** A pass run as recorded in the pass log (a PassLogRow fits). */
export interface PassRecord {
  pass: string;
  durationMs: number | null;
  outcome: string;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when there is nothing to divide. */
  rate: number | null;
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

/** Failed orders / all orders. */
export function orderErrorRate(orders: readonly OrderRecord[]): Ratio {
  return ratio(orders.filter((o) => o.status === 'failed').length, orders.length);
}

/** Liquidation orders filled / liquidation orders attempted. */
export function liquidationSuccessRate(orders: readonly OrderRecord[]): Ratio {
  const attempts = orders.filter((o) => o.reason === 'liquidation');
  return ratio(attempts.filter((o) => o.status === 'filled').length, attempts.length);
}

export interface PassDurationRow extends DurationStats {
  pass: string;
  failures: number;
}

/** Duration statistics per pass over finished runs, with the number of failed runs. */
export function passDurations(runs: readonly PassRecord[]): PassDurationRow[] {
  const byPass = new Map<string, PassRecord[]>();
  for (const run of runs) byPass.set(run.pass, [...(byPass.get(run.pass) ?? []), run]);
  return [...byPass]
    .map(([pass, group]) => ({
      pass,
      failures: group.filter((r) => r.outcome === 'failed').length,
      ...durationStats(group.flatMap((r) => (r.durationMs === null ? [] : [r.durationMs]))),
    }))
    .sort((a, b) => a.pass.localeCompare(b.pass));
}
