/** strategy.md news relevance: each headline weighs 0.5^(age / half-life). */
export const HEADLINE_HALF_LIFE_HOURS = 12;

const HOUR_MS = 3_600_000;

/** Weight of an item published at `publishedAt` seen at `now` (epoch ms); 0 for the future. */
export function recencyWeight(
  publishedAt: number,
  now: number,
  halfLifeHours = HEADLINE_HALF_LIFE_HOURS,
): number {
  const ageHours = (now - publishedAt) / HOUR_MS;
  if (ageHours < 0 || !Number.isFinite(ageHours)) return 0;
  return 0.5 ** (ageHours / halfLifeHours);
}
