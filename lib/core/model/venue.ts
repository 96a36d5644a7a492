import { z } from 'zod';

/**
 * The prediction markets the product can trade. A venue's ids live in their own namespace: a Kalshi
 * ticker could read like a Polymarket id, so every stored key of a non-Polymarket venue is qualified
 * with its venue (`kalshi:KXBTC-25DEC31`). Polymarket's keys stay bare: the data recorded before a
 * second venue existed keeps its keys, and a bare key is a Polymarket one.
 */
export const VENUE_IDS = ['polymarket', 'kalshi'] as const;
export const venueIdSchema = z.enum(VENUE_IDS);
export type VenueId = z.infer<typeof venueIdSchema>;

/** Venue names are proper nouns: the same in every language. */
export const VENUE_NAMES: Readonly<Record<VenueId, string>> = { polymarket: 'Polymarket', kalshi: 'Kalshi' };

/** The venue of everything recorded before venues existed. */
export const DEFAULT_VENUE: VenueId = 'polymarket';

/** The venue a row or market records; absent on rows written before venues existed = Polymarket. */
export const venueOf = (row: { venue?: VenueId | undefined }): VenueId => row.venue ?? DEFAULT_VENUE;

const SEPARATOR = ':';

/** A venue's own id as stored: bare for Polymarket, `venue:id` for every other venue. */
export function venueKey(venue: VenueId, id: string): string {
  return venue === DEFAULT_VENUE ? id : `${venue}${SEPARATOR}${id}`;
}

/** The venue and the venue's own id behind a stored key (the inverse of venueKey). */
export function parseVenueKey(key: string): { venue: VenueId; id: string } {
  const at = key.indexOf(SEPARATOR);
  if (at > 0) {
    const prefix = venueIdSchema.safeParse(key.slice(0, at));
    if (prefix.success && prefix.data !== DEFAULT_VENUE) return { venue: prefix.data, id: key.slice(at + 1) };
  }
  return { venue: DEFAULT_VENUE, id: key };
}

/** The venue owning a stored key (market id, token id). */
export const venueOfKey = (key: string): VenueId => parseVenueKey(key).venue;
