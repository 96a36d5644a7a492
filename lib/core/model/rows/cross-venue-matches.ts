import { z } from 'zod';
import type { MatchReason } from '../../venues/cross-venue-match';
import { venueIdSchema } from '../venue';
import { epochMs, micros } from './common';

/**
 * One pair of markets that may be the same bet on two venues (issue 20 §4): a Polymarket market on
 * the left, a Kalshi market on the right, the matcher's confidence and reasons, the user's verdict
 * (kept across scans), and the prices and gap of the last refresh. Keyed `${leftId}|${rightId}`.
 */
const text = z.string();
const num = z.number();
const reasonSchema = z.union([
  z.object({ code: z.literal('text_overlap'), params: z.object({ percent: num }) }),
  z.object({ code: z.literal('same_threshold'), params: z.object({ value: text }) }),
  z.object({ code: z.literal('different_threshold'), params: z.object({ left: text, right: text }) }),
  z.object({ code: z.literal('same_date'), params: z.object({ date: text }) }),
  z.object({ code: z.literal('different_date'), params: z.object({ left: text, right: text }) }),
  z.object({ code: z.literal('close_times_near'), params: z.object({ hours: num }) }),
  z.object({ code: z.literal('close_times_apart'), params: z.object({ days: num }) }),
  z.object({ code: z.literal('inverted_outcomes'), params: z.object({ left: text, right: text }) }),
]) satisfies z.ZodType<MatchReason>;

export const crossVenueVerdictSchema = z.enum(['auto', 'confirmed', 'rejected']);

/** One side of a pair as last read: what the views show. */
export const crossVenueLegRow = z.object({
  venue: venueIdSchema,
  marketId: z.string(),
  question: z.string(),
  url: z.string().nullable(),
  endTime: epochMs.nullable(),
  yesAsk: micros.nullable(),
  noAsk: micros.nullable(),
});

export const crossVenueGapRow = z.object({
  direction: z.enum(['yesA_noB', 'noA_yesB']),
  /** The outcome bought on each venue (for an inverted pair, the same word on both). */
  leftOutcome: z.enum(['yes', 'no']),
  rightOutcome: z.enum(['yes', 'no']),
  stake: micros,
  contracts: micros,
  cost: micros,
  fees: micros,
  gap: micros,
  returnRatio: z.number(),
});

export const crossVenueMatchRow = z.object({
  id: z.string(),
  leftId: z.string(),
  rightId: z.string(),
  left: crossVenueLegRow,
  right: crossVenueLegRow,
  confidence: z.number().min(0).max(1),
  reasons: z.array(reasonSchema),
  orientation: z.enum(['same', 'inverted']),
  verdict: crossVenueVerdictSchema,
  /** Paired by the user (always confirmed when made). */
  manual: z.boolean(),
  gap: crossVenueGapRow.nullable(),
  /** When the prices and the gap were read. */
  checkedAt: epochMs,
  /** When the matcher first proposed it (or the user paired it). */
  proposedAt: epochMs,
  /** When the user last gave a verdict; null while it follows the matcher. */
  verdictAt: epochMs.nullable(),
});

export type CrossVenueMatchRow = z.infer<typeof crossVenueMatchRow>;
export type CrossVenueLegRow = z.infer<typeof crossVenueLegRow>;
export type CrossVenueGapRow = z.infer<typeof crossVenueGapRow>;
export type CrossVenueVerdictValue = z.infer<typeof crossVenueVerdictSchema>;

/** The key of a pair. */
export const crossVenuePairId = (leftId: string, rightId: string) => `${leftId}|${rightId}`;
