import type { ParamSet, ParamValue, TunableParam } from '../../../lib/core/backtest/param-space';
import type { StrategyParams } from '../../../lib/core/strategy/params';

export interface ParamChange {
  param: TunableParam;
  current: ParamValue;
  next: ParamValue;
}

/** What applying a parameter set would change in the current strategy settings (unchanged ones left out). */
export function paramDiff(current: Readonly<StrategyParams>, set: ParamSet): ParamChange[] {
  const out: ParamChange[] = [];
  for (const [param, next] of Object.entries(set) as [TunableParam, ParamValue][]) {
    const now = current[param];
    if (typeof next === 'number' && typeof now === 'number' && Math.abs(next - now) < 1e-12) continue;
    if (next === now) continue;
    out.push({ param, current: now, next });
  }
  return out;
}

/** The settings.update patch for those changes (strategy section only). */
export function strategyPatch(changes: readonly ParamChange[]): Partial<Record<TunableParam, ParamValue>> {
  return Object.fromEntries(changes.map((c) => [c.param, c.next]));
}

/** "takeProfit 0.2, stopLoss 0.1" */
export function describeSet(set: ParamSet): string {
  const parts = Object.entries(set).map(
    ([k, v]) => `${k} ${typeof v === 'number' ? Number(v.toFixed(4)) : String(v)}`,
  );
  return parts.length > 0 ? parts.join(', ') : '—';
}
