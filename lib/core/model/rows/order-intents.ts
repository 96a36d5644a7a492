import { z } from 'zod';
import { epochMs, micros, modeSchema, sideSchema, venueField } from './common';

/**
 * An order the engine means to send. Written BEFORE the order leaves, updated when the exchange
 * answers, reconciled against the exchange after a restart: so a killed worker never sends an
 * order twice and never loses a fill. `clientKey` is unique per intended order.
 */
export const orderIntentRow = z.object({
  venue: venueField,
  id: z.string(),
  positionId: z.string(),
  marketId: z.string(),
  tokenId: z.string(),
  side: sideSchema,
  action: z.enum(['buy', 'sell']),
  reason: z.string(),
  orderType: z.enum(['FOK', 'FAK']),
  limitPrice: micros,
  /** BUY: collateral to spend; SELL: shares to sell. */
  amount: micros,
  mode: modeSchema,
  status: z.enum(['pending', 'sent', 'filled', 'failed', 'unknown']),
  exchangeOrderId: z.string().nullable(),
  /** Salt/hash that identifies the signed order at the exchange, for reconciliation. */
  clientKey: z.string(),
  filledShares: micros,
  filledAmount: micros,
  fee: micros,
  error: z.string().nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
});
export type OrderIntentRow = z.infer<typeof orderIntentRow>;
