import { z } from 'zod';
import { codedTextSchema } from '../coded-text';
import { epochMs } from './common';

export const passNames = ['scan', 'monitor', 'whales', 'reconcile', 'test'] as const;
export const passNameSchema = z.enum(passNames);
export type PassName = z.infer<typeof passNameSchema>;

/** One run of a background pass: what the popup's "last pass" dots and the Health view show. */
export const passLogRow = z.object({
  id: z.string(),
  pass: passNameSchema,
  startedAt: epochMs,
  finishedAt: epochMs.nullable(),
  durationMs: z.number().nonnegative().nullable(),
  outcome: z.enum(['running', 'ok', 'degraded', 'failed']),
  error: z.string().nullable(),
  requestCount: z.number().int().nonnegative(),
  summary: z.string().nullable(),
  /**
   * The coded form of `error` (one per degradation, in order) and of `summary` (one per sentence),
   * for the UI's language. Optional: rows written before them, or with an uncoded part, have none
   * and show their English text (no Dexie version: no index changes).
   */
  errorTexts: z.array(codedTextSchema).optional(),
  summaryTexts: z.array(codedTextSchema).optional(),
});
export type PassLogRow = z.infer<typeof passLogRow>;
