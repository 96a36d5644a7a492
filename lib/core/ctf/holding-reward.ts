import { type Micros, mulMicros, scaleMicros } from '../model/money';

/**
 * Polymarket's holding reward (polymarket-ctf.md §8): on markets flagged by Gamma
 * `holdingRewardsEnabled`, the position's value — YES shares × YES mid + NO shares × NO mid, both legs
 * — earns `rate` a year, computed hourly (value × rate / 365 / 24) and paid daily in pUSD. The rate is
 * configuration, not a fact of the market: Polymarket's docs say 4.00 % annualised, "variable and
 * subject to change", and observed payouts have matched 3.25 %.
 */
export const DOCUMENTED_HOLDING_RATE = 0.04;

export interface HoldingRewardInput {
  /** Gamma's flag; null when the market data does not tell. */
  enabled: boolean | null | undefined;
  yesShares: Micros;
  noShares: Micros;
  /** Each leg's mid (mark) price; null when unknown. */
  yesMid: Micros | null;
  noMid: Micros | null;
  /** Annual rate as a ratio (0.04 = 4 %). */
  annualRate: number;
}

export type HoldingReward =
  /** The market does not say whether it pays (or a held leg has no price to value it at). */
  | { kind: 'unknown' }
  /** Gamma says this market pays no holding reward. */
  | { kind: 'none' }
  /** Expected reward at today's mids, rounded down to a micro (never promise more than is paid). */
  | { kind: 'estimate'; perDay: Micros; perHour: Micros; value: Micros };

/** The position's value the reward is computed on: both legs at their mids (0 for a leg not held). */
export function holdingValue(
  yesShares: Micros,
  noShares: Micros,
  yesMid: Micros | null,
  noMid: Micros | null,
): Micros | null {
  const leg = (shares: Micros, mid: Micros | null): Micros | null =>
    shares <= 0 ? 0 : mid === null ? null : mulMicros(shares, mid, 'down');
  const yes = leg(yesShares, yesMid);
  const no = leg(noShares, noMid);
  return yes === null || no === null ? null : yes + no;
}

/** The expected holding reward of a position or a planned entry: value × rate / 365 a day. */
export function expectedHoldingReward(input: HoldingRewardInput): HoldingReward {
  if (input.enabled === false) return { kind: 'none' };
  if (input.enabled !== true) return { kind: 'unknown' };
  const value = holdingValue(input.yesShares, input.noShares, input.yesMid, input.noMid);
  if (value === null) return { kind: 'unknown' };
  const rate = Math.max(0, input.annualRate);
  return {
    kind: 'estimate',
    value,
    perDay: scaleMicros(value, rate / 365, 'down'),
    perHour: scaleMicros(value, rate / 365 / 24, 'down'),
  };
}
