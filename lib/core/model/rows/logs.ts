import { z } from 'zod';
import { epochMs } from './common';

/** A log line as the logger emitted it (already redacted), kept across worker restarts. */
export const logRow = z.object({
  id: z.number().int().optional(),
  at: epochMs,
  time: z.string(),
  level: z.enum(['debug', 'info', 'warn', 'error']),
  scope: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.unknown()),
});
export type LogRow = z.infer<typeof logRow>;
