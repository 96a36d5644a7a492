import { z } from 'zod';
import type { PriceHistoryPoint } from '../../../app/ports/polymarket-reads';
import { wireInteger, wirePrice } from './wire-primitives';

/** One point: epoch ms and price in micros (lib/app's PriceHistoryPoint). */
export type PricePoint = PriceHistoryPoint;

/** `GET /prices-history` → `{"history":[{"t":unixSeconds,"p":0.42}]}` → points in epoch ms, micros. */
export const clobPricesHistorySchema = z
  .object({ history: z.array(z.object({ t: wireInteger, p: wirePrice })) })
  .transform((r): PricePoint[] => r.history.map((h) => ({ time: h.t * 1000, price: h.p })));
