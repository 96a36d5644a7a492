import { z } from 'zod';
import { STRATEGY_NAMES } from '../../strategies/strategy-names';
import { epochMs, micros, modeSchema, sideSchema, venueField } from './common';

/**
 * A resolved market's redeem, as the redeem service last saw it (money in micros): `ready` = money waits
 * on chain (the chain's payouts priced it), `pending` = sent, its fate not known yet (reconcile settles
 * it; never sent again), `refused` = nothing changed, `code`/`message` say why (redeemable again).
 */
export const redeemStateSchema = z.object({
  state: z.enum(['ready', 'pending', 'refused']),
  payout: micros,
  yesPayout: micros,
  noPayout: micros,
  burnYes: micros,
  burnNo: micros,
  negRisk: z.boolean(),
  intentId: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string().nullable(),
  checkedAt: epochMs,
});
export type RedeemState = z.infer<typeof redeemStateSchema>;

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
    .enum(['take_profit', 'stop_loss', 'resolution', 'manual', 'entry_failed', 'kill_switch', 'redeemed'])
    .nullable(),
  closedAt: epochMs.nullable(),
  updatedAt: epochMs,
  /** The strategy that opened it: its exit rules apply whatever the settings say later. */
  strategy: z.enum(STRATEGY_NAMES),
  /** Set once the market resolved with money to redeem (optional: no Dexie version, no index). */
  redeem: redeemStateSchema.optional(),
  /** Gamma `holdingRewardsEnabled` at entry; absent = the market data did not tell. */
  holdingRewards: z.boolean().nullable().optional(),
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
