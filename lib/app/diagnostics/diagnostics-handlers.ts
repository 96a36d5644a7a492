import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import type { Settings } from '../../settings/schema';
import type { VenueCheck } from '../ports/venue-diagnostics-port';
import type { Venues } from '../ports/venue-port';

export interface DiagnosticsDeps {
  settings: () => Promise<Settings>;
  venues: Venues;
  clock: Clock;
}

/**
 * 'endpoints.check': each composed venue's own checks (venue-diagnostics-port.ts), in composition
 * order; a venue turned off answers none. A venue whose checks throw says so in one failed line.
 */
export function createDiagnosticsHandlers(deps: DiagnosticsDeps): HandlersFor<'endpoints.check'> {
  return {
    'endpoints.check': async () => {
      const settings = await deps.settings();
      const now = () => deps.clock.now();
      const answers = await Promise.all(
        deps.venues.list().map(async (venue): Promise<VenueCheck[]> => {
          if (!venue.diagnostics) return [];
          try {
            return await venue.diagnostics({ settings, now });
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            const text = { code: 'venue_check_failed' as const, params: { error: detail } };
            return [{ venue: venue.id, name: venue.id, url: '', ok: false, latencyMs: null, detail, text }];
          }
        }),
      );
      return answers.flat();
    },
  };
}
