import { z } from 'zod';
import { type RegionAccess, regionVerdict } from '../../core/wallet-doctor/region-policy';
import { operationalError, temporaryError } from '../../errors/app-error';

export interface GeoblockAnswer {
  blocked: boolean;
  country: string | null;
  region?: string | null;
}

/** Asks whether this connection may trade on Polymarket. Injectable: tests pass their own. */
export type GeoblockCheck = (url: string) => Promise<GeoblockAnswer>;

const answerSchema = z.object({
  blocked: z.boolean(),
  country: z.string().nullish(),
  region: z.string().nullish(),
});

/** `GET https://polymarket.com/api/geoblock` → `{"blocked":true,"country":"US","region":"NY",…}`. */
export const fetchGeoblock: GeoblockCheck = async (url) => {
  let body: unknown;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    body = await response.json();
  } catch (error) {
    throw temporaryError('Could not check whether trading is allowed from here.', {
      code: 'geoblock_unreachable',
      cause: error,
    });
  }
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success)
    throw temporaryError('The geoblock check answered something unexpected.', { code: 'geoblock_invalid' });
  return {
    blocked: parsed.data.blocked,
    country: parsed.data.country || null,
    region: parsed.data.region || null,
  };
};

/**
 * What live trading may do from this connection: throws an operational error when Polymarket
 * blocks it completely (nothing live, not even closing); otherwise 'open' or 'closeOnly' (reduce
 * positions only). An unreachable check throws a temporary error: unknown never means allowed.
 */
export async function liveRegionAccess(
  check: GeoblockCheck,
  url: string,
): Promise<Exclude<RegionAccess, 'blocked'>> {
  const answer = await check(url);
  const verdict = regionVerdict({
    blocked: answer.blocked,
    country: answer.country,
    region: answer.region ?? null,
  });
  if (verdict.access === 'blocked') {
    const where = answer.country ? ` (${verdict.where})` : '';
    throw operationalError(
      `Polymarket does not allow trading from your location${where}. Live trading is paused.`,
      { code: 'geoblocked' },
    );
  }
  return verdict.access;
}
