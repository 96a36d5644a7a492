import { z } from 'zod';
import { STRATEGY_NAMES } from '../../strategies/strategy-names';
import { epochMs, micros, modeSchema, sideSchema } from './common';

/**
 * A position: for the balancing strategy both legs bought 50/50, then possibly one side liquidated;
 * for a single-side strategy (momentum, mean reversion) one leg only. Money in micros.
 */
export const positionRow = z.object({
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
  /**
   * How a balanced position was entered: both order books (absent on older rows) or a split of pUSD
   * into YES+NO pairs at exactly $1 a pair. A split records its pairs (= the collateral spent), its
   * gas (pUSD micros) and its transaction (null on paper). The cost basis per leg shares each pair's
   * $1 by the legs' mid prices at entry (lib/core/ctf/pair-cost-basis.ts).
   */
  entryMethod: z.enum(['books', 'split']).optional(),
  splitPairs: micros.optional(),
  splitGas: micros.optional(),
  splitTxHash: z.string().nullable().optional(),
  /**
   * A merge asked for on the way out (written before the port is asked: a restart asks for the same
   * merge again, never sells those pairs), then the pairs it merged back into pUSD and its gas.
   */
  mergingPairs: micros.optional(),
  mergedPairs: micros.optional(),
  mergeGas: micros.optional(),
});
export type PositionRow = z.infer<typeof positionRow>;
