import { z } from 'zod';
import { STRATEGY_NAMES } from '../../strategies/strategy-names';
import { epochMs, micros, modeSchema, sideSchema, venueField } from './common';

/**
 * A position: for the balancing strategy both legs bought 50/50, then possibly one side liquidated;
 * for a single-side strategy (momentum, mean reversion) one leg only. Money in micros.
 */
export const positionRow = z.object({
  venue: venueField,
  id: z.string(),
  marketId: z.string(),
  marketName: z.string(),
  conditionId: z.string(),
  eventId: z.string().nullable(),
  yesTokenId: z.string(),
  noTokenId: z.string(),
  yesLabel: z.string(),
  noLabel: z.string(),
  entryTime: epochMs,
  entryPriceYes: micros,
  entryPriceNo: micros,
  capitalYes: micros,
  capitalNo: micros,
  sharesYes: micros,
  sharesNo: micros,
  currentPriceYes: micros.nullable(),
  currentPriceNo: micros.nullable(),
  status: z.enum(['opening', 'active', 'liquidated', 'closed']),
  liquidatedSide: sideSchema.nullable(),
  realisedProceeds: micros,
  feesPaid: micros,
  pnl: micros,
  mode: modeSchema,
  closeReason: z
    .enum(['take_profit', 'stop_loss', 'resolution', 'manual', 'entry_failed', 'kill_switch'])
    .nullable(),
  closedAt: epochMs.nullable(),
  updatedAt: epochMs,
  /** The strategy that opened it: its exit rules apply whatever the settings say later. */
  strategy: z.enum(STRATEGY_NAMES),
});
export type PositionRow = z.infer<typeof positionRow>;
