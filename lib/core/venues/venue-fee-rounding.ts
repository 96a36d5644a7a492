import type { FeeRate } from '../model/fees';
import type { VenueId } from '../model/venue';
import { KALSHI_FEE_STEP } from './kalshi/fees';

/**
 * How a venue rounds each fill's taker fee, for the markets that carry only a rate and an exponent
 * (backtest datasets): Kalshi rounds UP to $0.0001 (kalshi/fees.ts); Polymarket's rounding (to 10
 * micros, half up) is the fee model's default, so it adds nothing.
 */
export function venueFeeRounding(venue: VenueId | undefined): Pick<FeeRate, 'roundUpTo'> {
  return venue === 'kalshi' ? { roundUpTo: KALSHI_FEE_STEP } : {};
}
