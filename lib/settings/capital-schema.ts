import { z } from 'zod';
import { bool, num } from './fields';

/**
 * Resolved markets and holding rewards (issue 18). Redeeming is never automatic in live mode unless
 * switched on here; paper settles a resolved market at once (its exchange pays the payout once, by
 * key), so there is nothing to redeem on paper. The holding reward rate is configuration, not a fact
 * of the market: Polymarket documents 4 % a year and says it varies.
 */
export const capitalSchema = z.object({
  autoRedeem: bool(
    {
      label: 'Redeem resolved markets automatically (live)',
      help: 'Off: the popup and dashboard show the capital locked in resolved markets with a Redeem button.',
    },
    false,
  ),
  holdingRewardRate: num(
    {
      label: 'Holding reward rate (a year)',
      unit: 'ratio',
      min: 0,
      max: 0.5,
      step: 0.0025,
      help: "Polymarket's documented rate is 4 %; it is variable and may change at Polymarket's discretion.",
    },
    0.04,
  ),
});
