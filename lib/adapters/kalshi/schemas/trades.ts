import { z } from 'zod';
import { kalshiCount, kalshiPrice, kalshiTime } from './fixed-point';
import { kalshiCursor } from './market';

/** One public trade (`GET /markets/trades`). */
export const kalshiTradeSchema = z
  .object({
    trade_id: z.string().min(1),
    ticker: z.string().min(1),
    count_fp: kalshiCount,
    yes_price_dollars: kalshiPrice,
    no_price_dollars: kalshiPrice,
    taker_outcome_side: z.enum(['yes', 'no']).optional(),
    created_time: kalshiTime,
  })
  .refine((t) => t.yes_price_dollars + t.no_price_dollars === 1_000_000, 'yes and no prices must add to $1')
  .transform((t) => ({
    tradeId: t.trade_id,
    ticker: t.ticker,
    count: t.count_fp,
    yesPrice: t.yes_price_dollars,
    takerOutcome: t.taker_outcome_side ?? null,
    time: t.created_time,
  }));

export type KalshiTrade = z.output<typeof kalshiTradeSchema>;

export const kalshiTradesPageSchema = z.object({ trades: z.array(kalshiTradeSchema), cursor: kalshiCursor });
