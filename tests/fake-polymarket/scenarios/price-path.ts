import type { SeededRandom } from './seeded-random.ts';

export type PathKind = 'calm' | 'trending' | 'whipsaw' | 'resolution';

export interface PathState {
  kind: PathKind;
  mid: number;
  steps: number;
  /** trending direction (+1/−1) or resolution winner side */
  direction: 1 | -1;
}

/** Next YES mid for one scripted step. Pure apart from the seeded random source. */
export function nextMid(path: PathState, rng: SeededRandom): number {
  const noise = rng.normal();
  let mid = path.mid;
  switch (path.kind) {
    case 'calm':
      mid += noise * 0.002;
      break;
    case 'trending':
      mid += path.direction * 0.004 + noise * 0.002;
      break;
    case 'whipsaw':
      mid += (Math.floor(path.steps / 5) % 2 === 0 ? 0.03 : -0.03) + noise * 0.004;
      break;
    case 'resolution': {
      const target = path.direction === 1 ? 0.97 : 0.03;
      mid += (target - mid) * 0.15 + noise * 0.002;
      break;
    }
  }
  return Math.min(0.97, Math.max(0.03, mid));
}
