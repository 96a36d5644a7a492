import { z } from 'zod';
import type { DataApiTrade } from '../../../app/ports/polymarket-reads';
import { side, tokenId, wireAmount, wireInteger, wirePrice } from './wire-primitives';

const text = z.string().nullable().optional();

/** A Data API trade as parsed: the port's fields (price derived by the API, often off the tick grid,
 * rounded to the nearest micro) and the market's labels. */
export interface DataTrade extends DataApiTrade {
  title: string;
  slug: string;
  eventSlug: string;
  outcome: string;
}

/** The fields a trade shares with an activity row. */
export const dataTradeFields = {
  proxyWallet: z.string(),
  conditionId: z.string(),
  timestamp: wireInteger,
  title: text,
  slug: text,
  eventSlug: text,
  outcome: text,
  outcomeIndex: wireInteger.nullable().optional(),
  name: text,
  pseudonym: text,
  transactionHash: text,
};

/** One row of Data API `GET /trades` (v1, camelCase). */
export const dataTradeSchema = z
  .object({ ...dataTradeFields, side, asset: tokenId, size: wireAmount, price: wirePrice })
  .transform(
    (r): DataTrade => ({
      wallet: r.proxyWallet,
      side: r.side,
      tokenId: r.asset,
      conditionId: r.conditionId,
      size: r.size,
      price: r.price,
      time: r.timestamp * 1000,
      title: r.title ?? '',
      slug: r.slug ?? '',
      eventSlug: r.eventSlug ?? '',
      outcome: r.outcome ?? '',
      outcomeIndex: r.outcomeIndex ?? null,
      name: r.name ?? '',
      pseudonym: r.pseudonym ?? '',
      transactionHash: r.transactionHash ?? '',
    }),
  );
