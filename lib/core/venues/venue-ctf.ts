import type { VenueId } from '../model/venue';

/**
 * Whether a venue's outcome tokens can be split from and merged into collateral (and redeemed on
 * chain): Polymarket's Conditional Tokens only. Kalshi positions are contracts on Kalshi's books,
 * opened and closed by orders and paid out by Kalshi at settlement, so every split, merge and
 * redeem path leaves Kalshi's markets alone.
 */
export function venueHasCtf(venue: VenueId | undefined): boolean {
  return venue === undefined || venue === 'polymarket';
}
