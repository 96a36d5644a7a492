import { z } from 'zod';
import { epochMs } from '../../../core/model/rows/common';

/** The singleton configuration row. `settings` is validated by lib/settings on every read and write. */
export const configRow = z.object({
  id: z.literal('singleton'),
  settings: z.record(z.string(), z.unknown()),
  updatedAt: epochMs,
});
export type ConfigRow = z.infer<typeof configRow>;

export const configTable = { name: 'config', indexes: 'id', row: configRow } as const;
