import { z } from 'zod';
import type { RedeemResult } from '../app/redeem/redeem-service';
import type { Micros } from '../core/model/money';
import { message } from './define-message';

const empty = z.object({}).strict();
const id = z.string().min(1).max(100);

/** What "Redeem all" did: one result per position, and the count redeemed. */
export interface RedeemAllView {
  results: RedeemResult[];
  redeemed: number;
  total: number;
}

/** Redeem messages (privileged: they send on-chain transactions from the user's wallet). */
export const redeemProtocol = {
  'positions.redeem': message<RedeemResult>()(true, z.object({ positionId: id }).strict()),
  'positions.redeemAll': message<RedeemAllView>()(true, empty),
  /** Ask the chain now which resolved positions wait for a redeem (the popup's refresh). */
  'positions.redeemCheck': message<{ waiting: number; locked: Micros }>()(true, empty),
} as const;

export type RedeemMessage = keyof typeof redeemProtocol;
