import { z } from 'zod';
import type { OrderResult } from '../../app/ports/exchange-port';
import { micros } from '../../core/model/rows/common';

/** The runtime-state key of the paper wallet. */
export const PAPER_ACCOUNT_KEY = 'paper.account';
/** Orders remembered for reconciliation (oldest dropped first). */
export const PAPER_ORDER_LOG_SIZE = 1000;

const rejection = z.object({
  kind: z.enum(['temporary', 'operational', 'validation']),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const orderResult = z.union([
  z.object({
    status: z.literal('filled'),
    orderId: z.string(),
    filledShares: micros,
    filledAmount: micros,
    avgPrice: micros,
    fee: micros,
    transactionHash: z.string().nullable(),
  }),
  z.object({ status: z.literal('rejected'), orderId: z.string().nullable(), error: rejection }),
]);

/** A paper wallet: free pUSD, shares per token, and the order log by client key. Money in micros. */
export const paperAccountSchema = z.object({
  collateral: micros,
  shares: z.record(z.string(), micros),
  orders: z.array(
    z.object({ clientKey: z.string(), tokenId: z.string(), result: orderResult, at: z.number() }),
  ),
  /** On-chain operations applied (split, merge, redeem) by key, so one is never applied twice. */
  ctfOps: z
    .array(
      z.object({
        key: z.string(),
        collateral: z.number().int(),
        yesShares: z.number().int(),
        noShares: z.number().int(),
        gasPaid: micros,
        at: z.number(),
      }),
    )
    .default([]),
});
export type PaperAccount = z.infer<typeof paperAccountSchema>;

export type PaperOrderRecord = PaperAccount['orders'][number] & { result: OrderResult };

export function freshPaperAccount(collateral: number): PaperAccount {
  return { collateral, shares: {}, orders: [], ctfOps: [] };
}
