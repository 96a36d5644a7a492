import { z } from 'zod';
import type { Micros } from '../../../core/model/money';
import { tokenId, wireAmount, wireInteger, wireNumber, wirePrice, wireSignedAmount } from './wire-primitives';

export interface DataPosition {
  wallet: string;
  tokenId: string;
  conditionId: string;
  size: Micros;
  avgPrice: Micros;
  initialValue: Micros;
  currentValue: Micros;
  cashPnl: Micros;
  percentPnl: number;
  totalBought: Micros;
  realizedPnl: Micros;
  curPrice: Micros;
  redeemable: boolean;
  mergeable: boolean;
  title: string;
  slug: string;
  eventSlug: string;
  outcome: string;
  outcomeIndex: number | null;
  oppositeTokenId: string | null;
  endDate: string | null;
  negativeRisk: boolean;
}

/** One row of Data API `GET /positions?user=`. */
export const dataPositionSchema = z
  .object({
    proxyWallet: z.string(),
    asset: tokenId,
    conditionId: z.string(),
    size: wireAmount,
    avgPrice: wirePrice,
    initialValue: wireSignedAmount.optional(),
    currentValue: wireSignedAmount.optional(),
    cashPnl: wireSignedAmount.optional(),
    percentPnl: wireNumber.optional(),
    totalBought: wireAmount.optional(),
    realizedPnl: wireSignedAmount.optional(),
    curPrice: wirePrice,
    redeemable: z.boolean().optional(),
    mergeable: z.boolean().optional(),
    title: z.string().nullable().optional(),
    slug: z.string().nullable().optional(),
    eventSlug: z.string().nullable().optional(),
    outcome: z.string().nullable().optional(),
    outcomeIndex: wireInteger.nullable().optional(),
    oppositeAsset: z
      .union([tokenId, z.literal('')])
      .nullable()
      .optional(),
    endDate: z.string().nullable().optional(),
    negativeRisk: z.boolean().optional(),
  })
  .transform(
    (r): DataPosition => ({
      wallet: r.proxyWallet,
      tokenId: r.asset,
      conditionId: r.conditionId,
      size: r.size,
      avgPrice: r.avgPrice,
      initialValue: r.initialValue ?? 0,
      currentValue: r.currentValue ?? 0,
      cashPnl: r.cashPnl ?? 0,
      percentPnl: r.percentPnl ?? 0,
      totalBought: r.totalBought ?? 0,
      realizedPnl: r.realizedPnl ?? 0,
      curPrice: r.curPrice,
      redeemable: r.redeemable ?? false,
      mergeable: r.mergeable ?? false,
      title: r.title ?? '',
      slug: r.slug ?? '',
      eventSlug: r.eventSlug ?? '',
      outcome: r.outcome ?? '',
      outcomeIndex: r.outcomeIndex ?? null,
      oppositeTokenId: r.oppositeAsset || null,
      endDate: r.endDate ?? null,
      negativeRisk: r.negativeRisk ?? false,
    }),
  );
