import type { VenueId } from '../../core/model/venue';
import type { Settings } from '../../settings/schema';

/**
 * The diagnostics capability of a venue (optional on `Venue`): a few cheap, real requests that say
 * whether the product can use the venue now. Each check answers in words (`detail`, English, for
 * logs) and, where the page words it in the user's language, with a code and its parameters
 * (`text`: locales `diagnostics.<code>`). A check never quotes a key or a secret.
 */
export interface VenueCheck {
  venue: VenueId;
  /** What was checked: Polymarket's API names (gamma, clob, data), `kalshi_rest`, `kalshi_key`, `kalshi_region`. */
  name: string;
  /** The base URL the check read, '' when none (a vault check). */
  url: string;
  ok: boolean;
  latencyMs: number | null;
  detail: string;
  text?: { code: string; params: Record<string, string | number> };
}

export interface VenueCheckContext {
  settings: Settings;
  now: () => number;
}

/** The venue's checks for the settings as they are (none while the venue is turned off). */
export type VenueDiagnostics = (context: VenueCheckContext) => Promise<VenueCheck[]>;
