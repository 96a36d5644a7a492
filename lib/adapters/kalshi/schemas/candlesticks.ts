import { z } from 'zod';
import { kalshiCount, kalshiPrice } from './fixed-point';

const ohlc = z
  .object({
    open_dollars: kalshiPrice.nullish(),
    low_dollars: kalshiPrice.nullish(),
    high_dollars: kalshiPrice.nullish(),
    close_dollars: kalshiPrice.nullish(),
  })
  .partial();

/**
 * One candle of `GET /series/{s}/markets/{t}/candlesticks`: period end (Unix s), YES bid/ask and
 * traded-price OHLC. A period with no trade has no traded close; the client falls back to the
 * previous price, then to the bid/ask midpoint.
 */
export const kalshiCandlestickSchema = z
  .object({
    end_period_ts: z.number().int().positive(),
    yes_bid: ohlc.optional(),
    yes_ask: ohlc.optional(),
    price: ohlc
      .extend({ mean_dollars: kalshiPrice.nullish(), previous_dollars: kalshiPrice.nullish() })
      .optional(),
    volume_fp: kalshiCount.optional(),
    open_interest_fp: kalshiCount.optional(),
  })
  .transform((c) => ({
    endPeriodTs: c.end_period_ts,
    close: c.price?.close_dollars ?? null,
    previous: c.price?.previous_dollars ?? null,
    yesBidClose: c.yes_bid?.close_dollars ?? null,
    yesAskClose: c.yes_ask?.close_dollars ?? null,
    volume: c.volume_fp ?? 0,
  }));

export type KalshiCandlestick = z.output<typeof kalshiCandlestickSchema>;

export const kalshiCandlesticksResponseSchema = z.object({
  ticker: z.string().optional(),
  candlesticks: z.array(kalshiCandlestickSchema),
});
