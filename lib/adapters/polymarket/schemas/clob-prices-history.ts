import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { wireInteger, wirePrice } from './wire-primitives';

export interface PricePoint {
  /** Epoch ms. */
  time: number;
  price: Micros;
}

/** `GET /prices-history` → `{"history":[{"t":unixSeconds,"p":0.42}]}` → points in epoch ms, micros. */
export const clobPricesHistorySchema = z
  .object({ history: z.array(z.object({ t: wireInteger, p: wirePrice })) })
  .transform((r): PricePoint[] => r.history.map((h) => ({ time: h.t * 1000, price: h.p })));
