import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { wireAmount, wireInteger, wireSignedAmount } from './wire-primitives';

export interface LeaderboardEntry {
  rank: number;
  wallet: string;
  userName: string;
  volume: Micros;
  pnl: Micros;
  verifiedBadge: boolean;
}

/** One row of Data API `GET /v1/leaderboard` (`rank` arrives as a string). */
export const dataLeaderboardEntrySchema = z
  .object({
    rank: wireInteger,
    proxyWallet: z.string(),
    userName: z.string().nullable().optional(),
    vol: wireAmount.optional(),
    pnl: wireSignedAmount.optional(),
    verifiedBadge: z.boolean().nullable().optional(),
  })
  .transform(
    (r): LeaderboardEntry => ({
      rank: r.rank,
      wallet: r.proxyWallet,
      userName: r.userName ?? '',
      volume: r.vol ?? 0,
      pnl: r.pnl ?? 0,
      verifiedBadge: r.verifiedBadge ?? false,
    }),
  );
