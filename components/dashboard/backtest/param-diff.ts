import type { ParamSet, ParamValue, TunableParam } from '../../../lib/core/backtest/param-space';
import type { StrategyParams } from '../../../lib/core/rules/params';

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

/** Fractions shown as percents (0.3 → "30 %"); capital % and thresholds as they are. */
const FRACTIONS: readonly TunableParam[] = [
  'divergenceThreshold',
  'takeProfit',
  'stopLoss',
  'bandLow',
  'bandHigh',
  'maxSlippage',
];

export function showValue(param: TunableParam, value: ParamValue, percent: (r: number) => string): string {
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return FRACTIONS.includes(param) ? percent(value) : String(Number(value.toFixed(4)));
}

/** "Take-profit 20 %, Stop-loss 10 %" with the given labels. */
export function describeSet(
  set: ParamSet,
  label: (param: TunableParam) => string,
  percent: (r: number) => string,
): string {
  const parts = (Object.entries(set) as [TunableParam, ParamValue][]).map(
    ([k, v]) => `${label(k)} ${showValue(k, v, percent)}`,
  );
  return parts.length > 0 ? parts.join(', ') : '—';
}
