import { z } from 'zod';
import { epochMs } from '../../../core/model/rows/common';

/** Small named runtime values: paper balance, scan progress, breaker state. Never secrets. */
export const runtimeStateRow = z.object({
  key: z.string(),
  value: z.unknown(),
  updatedAt: epochMs,
});
export type RuntimeStateRow = z.infer<typeof runtimeStateRow>;

export const runtimeStateTable = { name: 'runtimeState', indexes: 'key', row: runtimeStateRow } as const;
