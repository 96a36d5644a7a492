import type { FactorWeights } from '../rules/params';

/**
 * strategy.md Score: score = 1 + round(9 × Σ wᵢ·fᵢ / Σ wᵢ), always an integer 1–10. Each factor arrives
 * already normalised to [0, 1] (see the *-factor.ts files) or as null when its data is missing: a
 * missing factor counts as 0 and is flagged, never invented. The breakdown is stored with the
 * opportunity so the UI can explain the score.
 */
export type FactorName = keyof FactorWeights;

export const FACTOR_NAMES: readonly FactorName[] = ['liquidity', 'volatility', 'whales', 'news'];

export interface FactorValue {
  /** The measurement before normalising (USD depth, volatility, whale share, headline weight). */
  raw: number;
  normalised: number;
}

export type FactorInputs = Record<FactorName, FactorValue | null>;

export interface FactorBreakdown {
  raw: number | null;
  normalised: number;
  weight: number;
  missing: boolean;
}

export interface OpportunityScore {
  score: number;
  factors: Record<FactorName, FactorBreakdown>;
  /** Human flags for missing data, e.g. "no news data". */
  flags: string[];
}

const MISSING_FLAG: Record<FactorName, string> = {
  liquidity: 'no order book depth data',
  volatility: 'no price history data',
  whales: 'no whale data',
  news: 'no news data',
};

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function validWeight(w: number): number {
  return Number.isFinite(w) && w > 0 ? w : 0;
}

export function scoreOpportunity(inputs: FactorInputs, weights: FactorWeights): OpportunityScore {
  let weighted = 0;
  let totalWeight = 0;
  const flags: string[] = [];
  const factors = {} as Record<FactorName, FactorBreakdown>;
  for (const name of FACTOR_NAMES) {
    const input = inputs[name];
    const weight = validWeight(weights[name]);
    const missing = input === null || !Number.isFinite(input.normalised);
    const normalised = missing ? 0 : clamp01(input.normalised);
    if (missing) flags.push(MISSING_FLAG[name]);
    factors[name] = { raw: input === null ? null : input.raw, normalised, weight, missing };
    weighted += weight * normalised;
    totalWeight += weight;
  }
  const fraction = totalWeight > 0 ? clamp01(weighted / totalWeight) : 0;
  return { score: 1 + Math.round(9 * fraction), factors, flags };
}
