import { z } from 'zod';
import { num } from './fields';

/**
 * The cross-venue comparison (issue 20 §4): the same bet on Polymarket and Kalshi, with the price
 * gap after both venues' fees. The gap depends on how much is bought (both books are walked), so
 * it is computed for one stake. Shown only while Kalshi is scanned (`kalshi.enabled`).
 */
export const crossVenueSettingsSchema = z.object({
  stakeUsd: num(
    {
      label: 'Stake for the cross-venue gap',
      help: 'The gap between Polymarket and Kalshi prices of the same bet is computed for this amount, both legs together, after both venues’ fees.',
      unit: 'usd',
      min: 1,
      max: 1e6,
    },
    100,
  ),
});

export type CrossVenueSettings = z.output<typeof crossVenueSettingsSchema>;
