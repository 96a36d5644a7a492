import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { dataTradeFields } from './data-trade';
import { side, tokenId, wireAmount, wireInteger, wirePrice } from './wire-primitives';

export interface DataActivity {
  wallet: string;
  /** TRADE, SPLIT, MERGE, REDEEM, REWARD, CONVERSION, … */
  type: string;
  conditionId: string;
  tokenId: string | null;
  side: 'BUY' | 'SELL' | null;
  size: Micros;
  usdcSize: Micros;
  price: Micros | null;
  /** Epoch ms. */
  time: number;
  title: string;
  slug: string;
  outcome: string;
  outcomeIndex: number | null;
  transactionHash: string;
}

/** One row of Data API `GET /activity?user=` (non-trade rows have no side/asset/price). */
export const dataActivitySchema = z
  .object({
    ...dataTradeFields,
    type: z.string(),
    side: z
      .union([side, z.literal('')])
      .nullable()
      .optional(),
    asset: z
      .union([tokenId, z.literal('')])
      .nullable()
      .optional(),
    size: wireAmount.optional(),
    usdcSize: wireAmount.optional(),
    price: wirePrice.nullable().optional(),
    outcomeIndex: wireInteger.nullable().optional(),
  })
  .transform(
    (r): DataActivity => ({
      wallet: r.proxyWallet,
      type: r.type,
      conditionId: r.conditionId,
      tokenId: r.asset || null,
      side: r.side || null,
      size: r.size ?? 0,
      usdcSize: r.usdcSize ?? 0,
      price: r.price ?? null,
      time: r.timestamp * 1000,
      title: r.title ?? '',
      slug: r.slug ?? '',
      outcome: r.outcome ?? '',
      outcomeIndex: r.outcomeIndex ?? null,
      transactionHash: r.transactionHash ?? '',
    }),
  );
