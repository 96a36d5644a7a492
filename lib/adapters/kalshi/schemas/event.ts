import { z } from 'zod';
import { kalshiCursor, kalshiMarketSchema } from './market';

/** A Kalshi event (a group of markets); `markets` only with `with_nested_markets=true`. */
export const kalshiEventSchema = z
  .object({
    event_ticker: z.string().min(1),
    series_ticker: z.string().min(1),
    title: z.string(),
    sub_title: z.string().optional().default(''),
    mutually_exclusive: z.boolean().optional().default(false),
    category: z.string().optional().default(''),
    markets: z.array(kalshiMarketSchema).optional(),
  })
  .transform((e) => ({
    eventTicker: e.event_ticker,
    seriesTicker: e.series_ticker,
    title: e.title,
    subTitle: e.sub_title,
    mutuallyExclusive: e.mutually_exclusive,
    category: e.category,
    markets: e.markets ?? [],
  }));

export type KalshiEvent = z.output<typeof kalshiEventSchema>;

/** `GET /events` */
export const kalshiEventsPageSchema = z.object({ events: z.array(kalshiEventSchema), cursor: kalshiCursor });
