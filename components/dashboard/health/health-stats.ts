import type { PassLogRow, PassName } from '../../../lib/core/model/rows/pass-log';
import type { TradeRow } from '../../../lib/core/model/rows/trades';

/** The p-th percentile (0–100) by nearest rank; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export interface PassStats {
  pass: PassName;
  runs: number;
  failed: number;
  degraded: number;
  p50Ms: number | null;
  p95Ms: number | null;
  requests: number;
}

/** Per pass: runs, failures, degraded runs, duration p50/p95 and requests (finished runs only). */
export function passStats(rows: readonly PassLogRow[]): PassStats[] {
  const byPass = new Map<PassName, PassLogRow[]>();
  for (const r of rows) if (r.outcome !== 'running') byPass.set(r.pass, [...(byPass.get(r.pass) ?? []), r]);
  return [...byPass.entries()].map(([pass, runs]) => {
    const durations = runs.flatMap((r) => (r.durationMs === null ? [] : [r.durationMs]));
    return {
      pass,
      runs: runs.length,
      failed: runs.filter((r) => r.outcome === 'failed').length,
      degraded: runs.filter((r) => r.outcome === 'degraded').length,
      p50Ms: percentile(durations, 50),
      p95Ms: percentile(durations, 95),
      requests: runs.reduce((s, r) => s + r.requestCount, 0),
    };
  });
}

/** Liquidation orders that filled / all liquidation orders; null when none were attempted. */
export function liquidationSuccess(trades: readonly TradeRow[]): { rate: number | null; attempts: number } {
  const liquidations = trades.filter((t) => t.reason === 'liquidation');
  if (liquidations.length === 0) return { rate: null, attempts: 0 };
  const filled = liquidations.filter((t) => t.status === 'filled').length;
  return { rate: filled / liquidations.length, attempts: liquidations.length };
}
