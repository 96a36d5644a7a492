import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { wireAmount, wireInteger } from './wire-primitives';

export interface TokenHolders {
  tokenId: string;
  holders: Array<{
    wallet: string;
    amount: Micros;
    outcomeIndex: number | null;
    name: string;
    pseudonym: string;
  }>;
}

/** Data API `GET /holders?market=` → `[{token, holders:[{proxyWallet, amount, outcomeIndex, …}]}]`. */
export const dataHoldersSchema = z.array(
  z
    .object({
      token: z.string(),
      holders: z.array(
        z.object({
          proxyWallet: z.string(),
          amount: wireAmount,
          outcomeIndex: wireInteger.nullable().optional(),
          name: z.string().nullable().optional(),
          pseudonym: z.string().nullable().optional(),
        }),
      ),
    })
    .transform(
      (t): TokenHolders => ({
        tokenId: t.token,
        holders: t.holders.map((h) => ({
          wallet: h.proxyWallet,
          amount: h.amount,
          outcomeIndex: h.outcomeIndex ?? null,
          name: h.name ?? '',
          pseudonym: h.pseudonym ?? '',
        })),
      }),
    ),
);
