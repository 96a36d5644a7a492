import type { FactorValue } from './opportunity-scorer';

/** One /prices-history point: t in unix seconds, p a price 0–1. */
export interface PricePoint {
  t: number;
  p: number;
}

export const VOLATILITY_WINDOW_MS = 7 * 24 * 3_600_000;
const HOUR_S = 3_600;
const P_MIN = 0.001;
const P_MAX = 0.999;

function logOdds(p: number): number {
  const q = Math.min(P_MAX, Math.max(P_MIN, p));
  return Math.log(q / (1 - q));
}

/**
 * Standard deviation (population) of hourly log-odds changes over the 7 days before `now` (epoch ms).
 * Points are bucketed by hour (the last price of each hour counts), so any fidelity works. Points after
 * `now` are ignored (no look-ahead). Null with fewer than two changes.
 */
export function logOddsVolatility(history: readonly PricePoint[], now: number): number | null {
  const from = (now - VOLATILITY_WINDOW_MS) / 1000;
  const to = now / 1000;
  const lastByHour = new Map<number, PricePoint>();
  for (const point of history) {
    if (point.t < from || point.t > to || !Number.isFinite(point.p)) continue;
    const hour = Math.floor(point.t / HOUR_S);
    const kept = lastByHour.get(hour);
    if (!kept || point.t >= kept.t) lastByHour.set(hour, point);
  }
  const hours = [...lastByHour.keys()].sort((a, b) => a - b);
  const changes: number[] = [];
  for (let i = 1; i < hours.length; i++) {
    const prev = lastByHour.get(hours[i - 1] as number) as PricePoint;
    const cur = lastByHour.get(hours[i] as number) as PricePoint;
    changes.push(logOdds(cur.p) - logOdds(prev.p));
  }
  if (changes.length < 2) return null;
  const mean = changes.reduce((s, c) => s + c, 0) / changes.length;
  const variance = changes.reduce((s, c) => s + (c - mean) ** 2, 0) / changes.length;
  return Math.sqrt(variance);
}

/** Linear-interpolated percentile (q in [0, 1]) of the values; null for an empty set. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/**
 * Normalise the volatilities of a whole scanned set: the 90th percentile of the known values → 1
 * (higher values clamp at 1). Null entries (no history) stay null, so the scorer flags them.
 */
export function volatilityFactors(raws: readonly (number | null)[]): (FactorValue | null)[] {
  const known = raws.filter((r): r is number => r !== null && Number.isFinite(r));
  const p90 = percentile(known, 0.9) ?? 0;
  return raws.map((raw) => {
    if (raw === null || !Number.isFinite(raw)) return null;
    return { raw, normalised: p90 > 0 ? Math.min(1, raw / p90) : 0 };
  });
}
