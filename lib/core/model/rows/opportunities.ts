import { z } from 'zod';
import { codedTextSchema } from '../coded-text';
import { epochMs, micros, venueField } from './common';

export const factorRow = z.object({
  raw: z.number().nullable(),
  normalised: z.number().min(0).max(1),
  weight: z.number().min(0),
  missing: z.boolean(),
  note: z.string().optional(),
  /** The coded form of `note` for the UI's language (optional: older rows show their English). */
  noteText: codedTextSchema.optional(),
});

/** A scored, eligible market from the last scan, with the factor breakdown that explains its score. */
export const opportunityRow = z.object({
  venue: venueField,
  id: z.string(),
  marketId: z.string(),
  marketName: z.string(),
  slug: z.string(),
  eventSlug: z.string().nullable(),
  conditionId: z.string(),
  score: z.number().int().min(1).max(10),
  liquidity: micros,
  volume24h: micros,
  whaleActivityScore: z.number().min(0).max(1),
  newsRelevanceScore: z.number().min(0).max(1),
  volatilityScore: z.number().min(0).max(1),
  liquidityScore: z.number().min(0).max(1),
  factors: z.object({ liquidity: factorRow, volatility: factorRow, whales: factorRow, news: factorRow }),
  missing: z.array(z.string()),
  midYes: micros.nullable(),
  midNo: micros.nullable(),
  endTime: epochMs.nullable(),
  detectedAt: epochMs,
  scanId: z.string(),
});
export type OpportunityRow = z.infer<typeof opportunityRow>;
