import { z } from 'zod';
import { epochMs } from '../../../core/model/rows/common';

/** One HTTP attempt to a Polymarket API (RequestMetric + finish time). Route templates only, no URLs. */
export const apiMetricRow = z.object({
  /** Auto-incremented by IndexedDB. */
  id: z.number().int().optional(),
  at: epochMs,
  api: z.enum(['gamma', 'clob', 'data']),
  host: z.string(),
  endpoint: z.string(),
  method: z.string(),
  status: z.number().int().nullable(),
  latencyMs: z.number().nonnegative(),
  attempt: z.number().int().nonnegative(),
  outcome: z.enum(['ok', 'http_error', 'timeout', 'network', 'invalid_body', 'cached']),
});
export type ApiMetricRow = z.infer<typeof apiMetricRow>;

export const apiMetricsTable = { name: 'apiMetrics', indexes: '++id, at', row: apiMetricRow } as const;
