import { z } from 'zod';
import { epochMs } from '../../../core/model/rows/common';

export const metricEventKinds = ['ws_up', 'ws_down', 'ws_reconnect'] as const;

/** Operational events that are not HTTP requests: the market websocket going up, down, reconnecting. */
export const metricEventRow = z.object({
  id: z.number().int().optional(),
  at: epochMs,
  kind: z.enum(metricEventKinds),
  /** A short, secret-free note (close code, attempt number). */
  detail: z.string().max(200).nullable(),
});
export type MetricEventRow = z.infer<typeof metricEventRow>;

export const metricEventsTable = {
  name: 'metricEvents',
  indexes: '++id, at, kind',
  row: metricEventRow,
} as const;
