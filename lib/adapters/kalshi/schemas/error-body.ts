import { z } from 'zod';

/**
 * Kalshi's error bodies (kalshi-api.md §7): the envelope `{"error":{"code","message","details"}}`,
 * and the 429 body `{"error":"too many requests"}`. Anything else reads as no Kalshi error.
 */
export const kalshiErrorBodySchema = z.union([
  z
    .object({
      error: z.object({ code: z.string(), message: z.string().optional(), details: z.string().optional() }),
    })
    .transform((b) => ({
      code: b.error.code,
      message: b.error.message ?? '',
      details: b.error.details ?? '',
    })),
  z.object({ error: z.string() }).transform((b) => ({ code: '', message: b.error, details: '' })),
]);

export type KalshiErrorBody = z.output<typeof kalshiErrorBodySchema>;
