import type { FactorValue } from './opportunity-scorer';

export const NEWS_WINDOW_HOURS = 48;
export const NEWS_HALF_LIFE_HOURS = 12;
/** Total recency weight that scores 1 (three fresh headlines). */
export const NEWS_WEIGHT_CAP = 3;

const HOUR_MS = 3_600_000;

/**
 * Headlines already matched to the market (lib/core/news decides relevance), by publication time
 * (epoch ms). Each headline of the last 48 h weighs 0.5^(age / 12 h); headlines from after `now` are
 * ignored (no look-ahead). `raw` is the summed weight; normalised = min(1, raw / 3).
 */
export function newsFactor(publishedAt: readonly number[], now: number): FactorValue {
  let raw = 0;
  for (const t of publishedAt) {
    const ageHours = (now - t) / HOUR_MS;
    if (ageHours < 0 || ageHours > NEWS_WINDOW_HOURS) continue;
    raw += 0.5 ** (ageHours / NEWS_HALF_LIFE_HOURS);
  }
  return { raw, normalised: Math.min(1, raw / NEWS_WEIGHT_CAP) };
}
