import { z } from 'zod';
import { operationalError, temporaryError } from '../../errors/app-error';

export interface GeoblockAnswer {
  blocked: boolean;
  country: string | null;
}

/** Asks whether this connection may trade on Polymarket. Injectable: tests pass their own. */
export type GeoblockCheck = (url: string) => Promise<GeoblockAnswer>;

const answerSchema = z.object({ blocked: z.boolean(), country: z.string().optional() });

/** `GET https://polymarket.com/api/geoblock` → `{"blocked":true,"country":"US",…}`. */
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
  return { blocked: parsed.data.blocked, country: parsed.data.country ?? null };
};

/** Throws an operational error when Polymarket says this location may not trade. */
export async function assertNotGeoblocked(check: GeoblockCheck, url: string): Promise<void> {
  const answer = await check(url);
  if (answer.blocked) {
    const where = answer.country ? ` (${answer.country})` : '';
    throw operationalError(
      `Polymarket does not allow trading from your location${where}. Live trading is paused.`,
      {
        code: 'geoblocked',
      },
    );
  }
}
