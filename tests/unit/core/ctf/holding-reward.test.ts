import { describe, expect, it } from 'vitest';
import {
  DOCUMENTED_HOLDING_RATE,
  expectedHoldingReward,
  holdingValue,
} from '../../../../lib/core/ctf/holding-reward';

const base = { yesShares: 150_000_000, noShares: 150_000_000, yesMid: 500_000, noMid: 500_000 };

describe('holding reward (polymarket-ctf.md §8: value × rate / 365 / 24 an hour, both legs at mid)', () => {
  it('defaults to the documented 4 % a year', () => {
    expect(DOCUMENTED_HOLDING_RATE).toBe(0.04);
  });

  it('values both legs at their mids: 150 YES + 150 NO at 50¢ = $150, $0.016438/day at 4 %', () => {
    const reward = expectedHoldingReward({ ...base, enabled: true, annualRate: 0.04 });
    // 150 × 0.04 / 365 = 0.01643835… → rounded down to the micro.
    expect(reward).toEqual({ kind: 'estimate', value: 150_000_000, perDay: 16_438, perHour: 684 });
  });

  it('matches the observed ≈0.0133 pUSD/day on 150 + 150 at 3.25 % (the rate is configuration)', () => {
    const reward = expectedHoldingReward({ ...base, enabled: true, annualRate: 0.0325 });
    expect(reward.kind === 'estimate' && reward.perDay).toBe(13_356);
  });

  it('rounds down: never promises a micro more than the formula', () => {
    // $1 at 4 %: 0.000109589… a day → 109 micros, 4.566… an hour → 4.
    const reward = expectedHoldingReward({
      yesShares: 1_000_000,
      noShares: 0,
      yesMid: 1_000_000,
      noMid: null,
      enabled: true,
      annualRate: 0.04,
    });
    expect(reward).toEqual({ kind: 'estimate', value: 1_000_000, perDay: 109, perHour: 4 });
  });

  it('uses the mids, not the entry cost: a lopsided market at 80/20 is still worth its shares × mids', () => {
    expect(holdingValue(100_000_000, 100_000_000, 800_000, 200_000)).toBe(100_000_000);
    expect(holdingValue(100_000_000, 0, 800_000, null)).toBe(80_000_000);
  });

  it('says "none" where Gamma says disabled and "unknown" where it does not tell or a held leg has no price', () => {
    expect(expectedHoldingReward({ ...base, enabled: false, annualRate: 0.04 })).toEqual({ kind: 'none' });
    expect(expectedHoldingReward({ ...base, enabled: null, annualRate: 0.04 })).toEqual({ kind: 'unknown' });
    expect(expectedHoldingReward({ ...base, enabled: undefined, annualRate: 0.04 })).toEqual({
      kind: 'unknown',
    });
    expect(expectedHoldingReward({ ...base, noMid: null, enabled: true, annualRate: 0.04 })).toEqual({
      kind: 'unknown',
    });
  });
});
