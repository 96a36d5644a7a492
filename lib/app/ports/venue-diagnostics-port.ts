import type { VenueId } from '../../core/model/venue';
import type { Settings } from '../../settings/schema';

/**
 * The diagnostics capability of a venue (optional on `Venue`): a few cheap, real requests that say
 * whether the product can use the venue now. Each check answers in words (`detail`, English, for
 * logs) and, where the page words it in the user's language, with a code and its parameters
 * (`text`: locales `venueChecks.codes.<code>`). A check never quotes a key or a secret.
 */
/** What a check looks at: Polymarket's three APIs, Kalshi's REST API, API key and location attestation. */
export type VenueCheckName = 'gamma' | 'clob' | 'data' | 'kalshi_rest' | 'kalshi_key' | 'kalshi_region';

/** The coded results the pages word (locales `venueChecks.codes.<code>`, EN and FR). */
export const VENUE_CHECK_CODES = [
  'polymarket_markets_listed',
  'polymarket_book_read',
  'polymarket_book_skipped',
  'polymarket_trades_read',
  'polymarket_failed',
  'kalshi_rest_ok',
  'kalshi_rest_paused',
  'kalshi_rest_closed',
  'kalshi_rest_failed',
  'kalshi_key_missing',
  'kalshi_key_locked',
  'kalshi_key_stale',
  'kalshi_key_accepted',
  'kalshi_key_refused',
  'kalshi_key_failed',
  'kalshi_region_attested',
  'kalshi_region_lapsed',
  'kalshi_region_never',
  'kalshi_region_unchecked',
  'venue_check_failed',
] as const;
export type VenueCheckCode = (typeof VENUE_CHECK_CODES)[number];

export interface VenueCheck {
  venue: VenueId;
  name: VenueCheckName | VenueId;
  /** The base URL the check read, '' when none (a vault check). */
  url: string;
  ok: boolean;
  latencyMs: number | null;
  detail: string;
  text?: { code: VenueCheckCode; params: Record<string, string | number> };
}

export interface VenueCheckContext {
  settings: Settings;
  now: () => number;
}

/** The venue's checks for the settings as they are (none while the venue is turned off). */
export type VenueDiagnostics = (context: VenueCheckContext) => Promise<VenueCheck[]>;
