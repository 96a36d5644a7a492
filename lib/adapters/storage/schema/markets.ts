import { z } from 'zod';
import { epochMs } from '../../../core/model/rows/common';

/** A cache of decoded Gamma markets (the domain Market, lib/core/model/market.ts) by id. */
export const marketCacheRow = z.object({
  id: z.string(),
  conditionId: z.string(),
  slug: z.string(),
  market: z.record(z.string(), z.unknown()),
  updatedAt: epochMs,
});
export type MarketCacheRow = z.infer<typeof marketCacheRow>;

export const marketsTable = {
  name: 'markets',
  indexes: 'id, conditionId, slug, updatedAt',
  row: marketCacheRow,
} as const;
