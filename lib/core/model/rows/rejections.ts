import { z } from 'zod';
import { codedTextSchema } from '../coded-text';
import { epochMs, venueField } from './common';

/** Why a market was not listed in the last scan: the first eligibility rule it failed. */
export const rejectionRow = z.object({
  venue: venueField,
  marketId: z.string(),
  marketName: z.string(),
  rule: z.string(),
  message: z.string(),
  /**
   * The coded form of `message` (rule code and its numbers) for the UI's language. Optional: rows
   * written before it show their English (no Dexie version: no index changes).
   */
  messageText: codedTextSchema.optional(),
  scanId: z.string(),
  scannedAt: epochMs,
});
export type RejectionRow = z.infer<typeof rejectionRow>;
