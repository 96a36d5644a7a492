import { codedWithReason } from '../../messaging/coded-text';
import { reasonOf } from '../intelligence/intelligence-deps';
import type { PassBody } from '../passes/run-pass';
import type { CrossVenueService } from './cross-venue-service';

/**
 * The scan pass, then the cross-venue comparison over the markets it just cached (both venues'
 * books of the kept pairs read in the same pass). A comparison that fails degrades the scan, never
 * fails it; a scan that fails is not compared.
 */
export function scanThenCompare(scan: PassBody, crossVenue: CrossVenueService): PassBody {
  return async (ctx) => {
    const summary = await scan(ctx);
    try {
      await crossVenue.refresh({ signal: ctx.signal, addRequests: (n) => ctx.addRequests(n) });
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      ctx.degrade(
        `Polymarket–Kalshi comparison failed: ${reasonOf(error)}`,
        codedWithReason('cross_venue_failed', error),
      );
    }
    return summary;
  };
}
