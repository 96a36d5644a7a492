import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { side, tokenId, wireNumber, wirePrice } from './wire-primitives';

/** `GET /midpoint` → `{"mid":"0.435"}`. */
export const clobMidpointSchema = z.object({ mid: wirePrice }).transform((r) => r.mid);

/** `POST /midpoints` / `POST /spreads` → `{"<token>":"0.45"}`. */
export const clobTokenPriceMapSchema = z
  .record(z.string(), wirePrice)
  .transform((r): Map<string, Micros> => new Map(Object.entries(r)));

/** `GET /price` → `{"price":"0.45"}`. */
export const clobPriceSchema = z.object({ price: wirePrice }).transform((r) => r.price);

/** `GET /spread` → `{"spread":"0.02"}`. */
export const clobSpreadSchema = z.object({ spread: wirePrice }).transform((r) => r.spread);

export interface SidePrices {
  buy: Micros | null;
  sell: Micros | null;
}

/** `POST /prices` → `{"<token>":{"BUY":"0.45","SELL":"0.46"}}`. */
export const clobPricesSchema = z
  .record(z.string(), z.object({ BUY: wirePrice.optional(), SELL: wirePrice.optional() }))
  .transform(
    (r): Map<string, SidePrices> =>
      new Map(Object.entries(r).map(([token, p]) => [token, { buy: p.BUY ?? null, sell: p.SELL ?? null }])),
  );

export interface LastTrade {
  tokenId: string;
  price: Micros;
  side: 'BUY' | 'SELL' | null;
}

/** `GET /last-trade-price` → `{"price":"0.001","side":"BUY"}` (side may be "" before any trade). */
export const clobLastTradeSchema = z.object({
  price: wirePrice,
  side: z.union([side, z.literal('')]).optional(),
});

/** `POST /last-trades-prices` → `[{"token_id","price","side"}]`. */
export const clobLastTradesSchema = z.array(
  z
    .object({ token_id: tokenId, price: wirePrice, side: z.union([side, z.literal('')]).optional() })
    .transform((r): LastTrade => ({ tokenId: r.token_id, price: r.price, side: r.side || null })),
);

/** `GET /tick-size` → `{"minimum_tick_size":0.01}` → micros. */
export const clobTickSizeSchema = z
  .object({ minimum_tick_size: wirePrice.pipe(z.number().positive()) })
  .transform((r) => r.minimum_tick_size);

/** `GET /neg-risk` → `{"neg_risk":false}`. */
export const clobNegRiskSchema = z.object({ neg_risk: z.boolean() }).transform((r) => r.neg_risk);

/** `GET /fee-rate` → `{"base_fee":0}` (V1 basis points). */
export const clobFeeRateSchema = z.object({ base_fee: wireNumber }).transform((r) => r.base_fee);
