import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGY_PARAMS } from '../../../../lib/core/rules/params';
import {
  FACTOR_NAMES,
  type FactorInputs,
  scoreOpportunity,
} from '../../../../lib/core/scoring/opportunity-scorer';

const weights = DEFAULT_STRATEGY_PARAMS.weights;
const all = (n: number): FactorInputs => ({
  liquidity: { raw: 1, normalised: n },
  volatility: { raw: 1, normalised: n },
  whales: { raw: 1, normalised: n },
  news: { raw: 1, normalised: n },
});

/** A small seeded generator (LCG) so the property loops are reproducible. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('opportunity score', () => {
  it('is 10 with every factor at 1 and 1 with every factor at 0', () => {
    expect(scoreOpportunity(all(1), weights).score).toBe(10);
    expect(scoreOpportunity(all(0), weights).score).toBe(1);
  });

  it('weights the factors: 0.3 × 1 + 0.3 × 0.5 = 0.45 → 1 + round(4.05) = 5, news flagged missing', () => {
    const result = scoreOpportunity(
      {
        liquidity: { raw: 250_000, normalised: 1 },
        volatility: { raw: 0.04, normalised: 0.5 },
        whales: { raw: 0, normalised: 0 },
        news: null,
      },
      weights,
    );
    expect(result.score).toBe(5);
    expect(result.flags).toEqual(['no news data']);
    expect(result.factors.news).toEqual({ raw: null, normalised: 0, weight: 0.2, missing: true });
    expect(result.factors.liquidity).toEqual({ raw: 250_000, normalised: 1, weight: 0.3, missing: false });
  });

  it('never invents missing data: all missing scores 1 and says why', () => {
    const result = scoreOpportunity({ liquidity: null, volatility: null, whales: null, news: null }, weights);
    expect(result.score).toBe(1);
    expect(result.flags).toEqual([
      'no order book depth data',
      'no price history data',
      'no whale data',
      'no news data',
    ]);
    const nan = scoreOpportunity({ ...all(1), news: { raw: 0, normalised: Number.NaN } }, weights);
    expect(nan.factors.news.missing).toBe(true);
    expect(nan.score).toBe(1 + Math.round(9 * 0.8));
  });

  it('clamps factors into [0, 1] and ignores zero or negative weights', () => {
    expect(scoreOpportunity(all(7), weights).score).toBe(10);
    expect(scoreOpportunity(all(-1), weights).score).toBe(1);
    expect(scoreOpportunity(all(1), { liquidity: 0, volatility: 0, whales: 0, news: 0 }).score).toBe(1);
    const onlyNews = { liquidity: -5, volatility: 0, whales: 0, news: 1 };
    expect(scoreOpportunity({ ...all(0), news: { raw: 3, normalised: 1 } }, onlyNews).score).toBe(10);
  });

  it('over many seeded inputs: always an integer 1–10, deterministic and monotone in each factor', () => {
    const rand = seeded(20_260_901);
    for (let i = 0; i < 2_000; i++) {
      const inputs = {} as FactorInputs;
      for (const name of FACTOR_NAMES)
        inputs[name] = rand() < 0.1 ? null : { raw: rand(), normalised: rand() };
      const w = { liquidity: rand(), volatility: rand(), whales: rand(), news: rand() };
      const { score } = scoreOpportunity(inputs, w);
      expect(Number.isInteger(score) && score >= 1 && score <= 10).toBe(true);
      expect(scoreOpportunity(inputs, w).score).toBe(score);
      for (const name of FACTOR_NAMES) {
        const current = inputs[name]?.normalised ?? 0;
        const higher = { ...inputs, [name]: { raw: 0, normalised: current + (1 - current) * rand() } };
        expect(scoreOpportunity(higher, w).score).toBeGreaterThanOrEqual(score);
      }
    }
  });
});
