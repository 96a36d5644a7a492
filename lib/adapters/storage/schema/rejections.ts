import { z } from 'zod';
import { epochMs } from './common';

/** Why a market was not listed in the last scan: the first eligibility rule it failed. */
export const rejectionRow = z.object({
  marketId: z.string(),
  marketName: z.string(),
  rule: z.string(),
  message: z.string(),
  scanId: z.string(),
  scannedAt: epochMs,
});
export type RejectionRow = z.infer<typeof rejectionRow>;

export const rejectionsTable = {
  name: 'rejections',
  indexes: 'marketId, rule, scannedAt, scanId',
  row: rejectionRow,
} as const;
