import { z } from 'zod';
import { gammaTagSchema } from './gamma-market';
import { wireNumber } from './wire-primitives';

/** `GET /markets/keyset` → `{markets, next_cursor?}` (cursor omitted on the last page). */
export const gammaMarketsKeysetSchema = z.object({
  markets: z.array(z.unknown()),
  next_cursor: z.string().nullable().optional(),
});

/** `GET /events/keyset` → `{events, next_cursor?}`. */
export const gammaEventsKeysetSchema = z.object({
  events: z.array(z.unknown()),
  next_cursor: z.string().nullable().optional(),
});

/** Legacy offset lists are bare arrays. */
export const gammaListSchema = z.array(z.unknown());

/** `GET /public-search` → `{events, tags, profiles, pagination}`. */
export const gammaSearchSchema = z.object({
  events: z.array(z.unknown()).nullable().optional(),
  tags: z
    .array(gammaTagSchema.extend({ event_count: wireNumber.nullable().optional() }))
    .nullable()
    .optional(),
  profiles: z.array(z.unknown()).nullable().optional(),
  pagination: z
    .object({ hasMore: z.boolean().optional(), totalResults: wireNumber.optional() })
    .nullable()
    .optional(),
});
