/** Price of YES at a time: t epoch ms, p a price 0–1. */
export interface TimedPrice {
  t: number;
  p: number;
}

export interface PriceChanges {
  oneHour: number | null;
  oneDay: number | null;
  oneWeek: number | null;
}

export type TrendDirection = 'rising' | 'falling' | 'flat';

export interface Trend {
  direction: TrendDirection;
  /** The change the direction comes from (price points, e.g. 0.08 = 8¢). */
  change: number;
  horizon: '1h' | '24h' | '7d' | null;
  /** 24 h volume against the 7-day daily average: > 1 means busier than usual; null when unknown. */
  volumeRatio: number | null;
  surging: boolean;
}

const HOUR_MS = 3_600_000;
/** Price moves smaller than these (per horizon) are noise. */
const THRESHOLDS = { '1h': 0.03, '24h': 0.05, '7d': 0.1 } as const;
const VOLUME_SURGE = 2;

function priceAt(points: readonly TimedPrice[], t: number): number | null {
  let found: TimedPrice | null = null;
  for (const point of points) if (point.t <= t && (!found || point.t > found.t)) found = point;
  return found?.p ?? null;
}

/** Changes of the last price against 1 h, 24 h and 7 d before `now` (null where history is short). */
export function priceChanges(points: readonly TimedPrice[], now: number): PriceChanges {
  const last = priceAt(points, now);
  const change = (hours: number) => {
    const then = priceAt(points, now - hours * HOUR_MS);
    return last === null || then === null ? null : last - then;
  };
  return { oneHour: change(1), oneDay: change(24), oneWeek: change(24 * 7) };
}

/**
 * The shortest horizon with a move above its noise threshold gives the direction; volume24h against
 * the weekly daily average says whether the market is busier than usual.
 */
export function detectTrend(changes: PriceChanges, volume24h?: number, volume1wk?: number): Trend {
  const horizons = [
    ['1h', changes.oneHour],
    ['24h', changes.oneDay],
    ['7d', changes.oneWeek],
  ] as const;
  const volumeRatio =
    volume24h !== undefined && volume1wk && volume1wk > 0 ? volume24h / (volume1wk / 7) : null;
  const surging = volumeRatio !== null && volumeRatio >= VOLUME_SURGE;
  for (const [horizon, change] of horizons) {
    if (change !== null && Math.abs(change) >= THRESHOLDS[horizon]) {
      return { direction: change > 0 ? 'rising' : 'falling', change, horizon, volumeRatio, surging };
    }
  }
  return { direction: 'flat', change: 0, horizon: null, volumeRatio, surging };
}
