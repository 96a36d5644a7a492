import { z } from 'zod';
import type { FeeSchedule } from '../../../core/model/market';
import type { Micros } from '../../../core/model/money';
import { tokenId, wireAmount, wireNumber, wirePrice } from './wire-primitives';

export interface ClobMarketInfo {
  conditionId: string;
  tokens: Array<{ tokenId: string; outcome: string }>;
  tickSize: Micros;
  minOrderSize: Micros;
  negRisk: boolean;
  /** Null when the market has no fee descriptor (`fd`) — the caller decides, we do not guess. */
  fee: FeeSchedule | null;
  acceptingOrders: boolean | null;
}

/**
 * `GET /clob-markets/{condition_id}` (V2 compact form):
 * `{"c","t":[{"t":token,"o":"Yes"}],"mts":0.01,"mos":5,"nr":true,"fd":{"r":0.02,"e":2,"to":true},"ao",…}`.
 */
export const clobMarketCompactSchema = z
  .object({
    c: z.string(),
    t: z.array(z.object({ t: tokenId, o: z.string() })),
    mts: wirePrice.pipe(z.number().positive()),
    mos: wireAmount,
    nr: z.boolean().optional().default(false),
    fd: z
      .object({
        r: wireNumber.pipe(z.number().min(0).max(1)),
        e: wireNumber.optional(),
        to: z.boolean().optional(),
      })
      .nullable()
      .optional(),
    ao: z.boolean().nullable().optional(),
  })
  .transform(
    (m): ClobMarketInfo => ({
      conditionId: m.c,
      tokens: m.t.map((t) => ({ tokenId: t.t, outcome: t.o })),
      tickSize: m.mts,
      minOrderSize: m.mos,
      negRisk: m.nr,
      fee: m.fd ? { rate: m.fd.r, exponent: m.fd.e ?? 1, takerOnly: m.fd.to ?? true } : null,
      acceptingOrders: m.ao ?? null,
    }),
  );
