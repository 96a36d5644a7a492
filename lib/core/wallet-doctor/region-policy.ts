import type { RegionFact } from './wallet-facts';

/*
 * Polymarket's restricted jurisdictions, as its geoblock page lists them (docs.polymarket.com
 * api-reference/geoblock, revision read 2026-09/10: three groups). Codes are ISO 3166-1 countries or
 * ISO 3166-2 sub-national areas ("CA-ON"). The endpoint's own `blocked` flag always wins for
 * "blocked": a place we do not list is never assumed to be allowed when the endpoint says blocked.
 */

/** OFAC: no new orders and no closing (frontend and API). */
const BLOCKED = new Set(['IR', 'SY', 'CU', 'KP', 'UA-43', 'UA-14', 'UA-09']);

/** Close-only on the frontend AND the API: existing positions may be reduced, nothing opened. */
const CLOSE_ONLY = new Set(
  (
    'AU BY BE BI BR CA-BC CA-ON CA-AB CA-QC CF CD ET FR DE IQ IT LB LY MM NZ NI PL RU SG SO SK SS SD TW ' +
    'TH GB US UM VE YE ZW'
  ).split(' '),
);

/** Close-only on polymarket.com only: the API (this extension) is not restricted. */
const FRONTEND_ONLY = new Set(['IE', 'JP', 'MT', 'NL', 'KR']);

/**
 * What live trading may do from here: `open` (enter and exit), `closeOnly` (only reduce positions:
 * liquidations, stop-loss, close, unwinding a lone leg), `blocked` (nothing live).
 */
export type RegionAccess = 'open' | 'closeOnly' | 'blocked';

export interface RegionVerdict {
  access: RegionAccess;
  /** "FR", "CA / ON" — for the UI; "?" when the endpoint gave no country. */
  where: string;
  /** The place is close-only on polymarket.com only (the API is open): worth telling the user. */
  frontendCloseOnly: boolean;
}

/** Classifies the geoblock endpoint's answer with the published lists. Pure. */
export function regionVerdict(fact: RegionFact): RegionVerdict {
  const country = fact.country?.toUpperCase() ?? null;
  const region = fact.region?.toUpperCase() ?? null;
  const area = country && region ? `${country}-${region}` : null;
  const where = [country, region].filter((p): p is string => Boolean(p)).join(' / ') || '?';
  const listed = (set: Set<string>) =>
    (country !== null && set.has(country)) || (area !== null && set.has(area));
  const frontendCloseOnly = listed(FRONTEND_ONLY);
  if (listed(BLOCKED)) return { access: 'blocked', where, frontendCloseOnly };
  // Polymarket answers `blocked: true` for close-only places too: the list says closing is allowed.
  if (listed(CLOSE_ONLY)) return { access: 'closeOnly', where, frontendCloseOnly };
  if (fact.blocked) return { access: 'blocked', where, frontendCloseOnly };
  return { access: 'open', where, frontendCloseOnly };
}
