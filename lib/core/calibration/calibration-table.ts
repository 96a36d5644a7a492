import type { Micros } from '../model/money';

/** One scored opportunity and, later, what the market did next. */
export interface ScoreSample {
  score: number;
  /** YES mark price when scored. */
  entryPrice: Micros;
  /** YES price about 24 h later, or null while still pending. */
  laterPrice: Micros | null;
  /** True when the market resolved inside the horizon (a resolution is the biggest move of all). */
  resolved: boolean;
}

export interface CalibrationBucket {
  /** Inclusive score range of the bucket, e.g. 7–8. */
  from: number;
  to: number;
  samples: number;
  /** Samples whose outcome is known. */
  settled: number;
  hits: number;
  /** hits / settled, null when nothing settled yet. */
  hitRate: number | null;
  /** Mean absolute YES move (micros) over the settled samples. */
  meanAbsMove: Micros | null;
}

/** The balancing strategy earns on divergence: a move of at least 5¢ (or a resolution) is a hit. */
export const DEFAULT_HIT_MOVE: Micros = 50_000;
export const DEFAULT_BUCKETS: ReadonlyArray<readonly [number, number]> = [
  [1, 3],
  [4, 5],
  [6, 6],
  [7, 7],
  [8, 8],
  [9, 10],
];

/** Whether a settled sample is a hit; null while pending. */
export function isHit(sample: ScoreSample, hitMove: Micros = DEFAULT_HIT_MOVE): boolean | null {
  if (sample.resolved) return true;
  if (sample.laterPrice === null) return null;
  return Math.abs(sample.laterPrice - sample.entryPrice) >= hitMove;
}

/** Hit rate per score bucket, so the UI can show whether higher scores really moved more. */
export function calibrationTable(
  samples: readonly ScoreSample[],
  hitMove: Micros = DEFAULT_HIT_MOVE,
  buckets: ReadonlyArray<readonly [number, number]> = DEFAULT_BUCKETS,
): CalibrationBucket[] {
  return buckets.map(([from, to]) => {
    const inBucket = samples.filter((s) => s.score >= from && s.score <= to);
    let settled = 0;
    let hits = 0;
    let moveSum = 0;
    let moveCount = 0;
    for (const sample of inBucket) {
      const hit = isHit(sample, hitMove);
      if (hit === null) continue;
      settled++;
      if (hit) hits++;
      if (sample.laterPrice !== null) {
        moveSum += Math.abs(sample.laterPrice - sample.entryPrice);
        moveCount++;
      }
    }
    return {
      from,
      to,
      samples: inBucket.length,
      settled,
      hits,
      hitRate: settled > 0 ? hits / settled : null,
      meanAbsMove: moveCount > 0 ? Math.round(moveSum / moveCount) : null,
    };
  });
}
