import { z } from 'zod';
import type { KalshiPriceRange } from '../../../core/venues/kalshi/price-grid';
import { kalshiCount, kalshiPrice, kalshiTime } from './fixed-point';

/** One band of the price grid; `start`/`end`/`step` are dollar strings. */
export const kalshiPriceRangeSchema = z
  .object({
    start: kalshiPrice,
    end: kalshiPrice,
    step: kalshiPrice.refine((s) => s > 0, 'step must be positive'),
  })
  .refine((r) => r.start < r.end, 'a price range must start below its end')
  .transform((r): KalshiPriceRange => r);

/** Object statuses (not the `GET /markets` filter's words). Open-ended: new values pass as strings. */
export const KALSHI_TRADABLE_STATUS = 'active';

const optionalPrice = kalshiPrice.nullish().transform((v) => v ?? null);
const optionalCount = kalshiCount.nullish().transform((v) => v ?? null);

/**
 * A Kalshi market (OAS 3.30 `Market`, kalshi-api.md §3). Quotes and activity are fixed-point
 * strings; removed fields (`response_price_units`, `fractional_trading_enabled`) are ignored.
 */
export const kalshiMarketSchema = z
  .object({
    ticker: z.string().min(1),
    event_ticker: z.string().min(1),
    market_type: z.enum(['binary', 'scalar']),
    title: z.string(),
    subtitle: z.string().optional().default(''),
    yes_sub_title: z.string().optional().default(''),
    no_sub_title: z.string().optional().default(''),
    status: z.string().min(1),
    result: z.enum(['yes', 'no', 'scalar', '']).optional().default(''),
    open_time: kalshiTime,
    close_time: kalshiTime,
    expiration_time: kalshiTime.optional(),
    can_close_early: z.boolean().optional().default(false),
    yes_bid_dollars: optionalPrice,
    yes_ask_dollars: optionalPrice,
    no_bid_dollars: optionalPrice,
    no_ask_dollars: optionalPrice,
    last_price_dollars: optionalPrice,
    volume_fp: optionalCount,
    volume_24h_fp: optionalCount,
    open_interest_fp: optionalCount,
    price_level_structure: z.string().optional().default(''),
    price_ranges: z.array(kalshiPriceRangeSchema).min(1, 'a market needs its price_ranges (the tick grid)'),
    rules_primary: z.string().optional().default(''),
    rules_secondary: z.string().optional().default(''),
  })
  .transform((m) => ({
    ticker: m.ticker,
    eventTicker: m.event_ticker,
    marketType: m.market_type,
    title: m.title,
    subtitle: m.subtitle,
    yesSubTitle: m.yes_sub_title,
    noSubTitle: m.no_sub_title,
    status: m.status,
    result: m.result,
    openTime: m.open_time,
    closeTime: m.close_time,
    expirationTime: m.expiration_time ?? null,
    canCloseEarly: m.can_close_early,
    yesBid: m.yes_bid_dollars,
    yesAsk: m.yes_ask_dollars,
    noBid: m.no_bid_dollars,
    noAsk: m.no_ask_dollars,
    lastPrice: m.last_price_dollars,
    volume: m.volume_fp,
    volume24h: m.volume_24h_fp,
    openInterest: m.open_interest_fp,
    priceLevelStructure: m.price_level_structure,
    priceRanges: m.price_ranges,
    rulesPrimary: m.rules_primary,
    rulesSecondary: m.rules_secondary,
  }));

export type KalshiMarket = z.output<typeof kalshiMarketSchema>;

/** `GET /markets/{ticker}` */
export const kalshiMarketResponseSchema = z.object({ market: kalshiMarketSchema });

/** A list page: `cursor` is "" (or absent) on the last page. */
export const kalshiCursor = z
  .string()
  .nullish()
  .transform((c) => c ?? '');

/** `GET /markets` */
export const kalshiMarketsPageSchema = z.object({
  markets: z.array(kalshiMarketSchema),
  cursor: kalshiCursor,
});
