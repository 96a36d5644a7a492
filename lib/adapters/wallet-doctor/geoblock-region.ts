import { z } from 'zod';
import type { RegionFact } from '../../core/wallet-doctor/wallet-facts';

const answerSchema = z.object({
  blocked: z.boolean(),
  country: z.string().nullish(),
  region: z.string().nullish(),
});

/** `GET /api/geoblock` → blocked, country and region (other-apis.md §4). Throws when unreachable. */
export async function fetchGeoblockRegion(url: string, signal?: AbortSignal): Promise<RegionFact> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`the geoblock check answered HTTP ${response.status}`);
  const parsed = answerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new Error('the geoblock check answered something unexpected');
  return {
    blocked: parsed.data.blocked,
    country: parsed.data.country || null,
    region: parsed.data.region || null,
  };
}
