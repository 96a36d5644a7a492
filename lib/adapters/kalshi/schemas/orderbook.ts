import { z } from 'zod';
import type { BookLevel } from '../../../core/model/order-book';
import type { KalshiBidLists } from '../../../core/venues/kalshi/bids-only-book';
import { kalshiCount, kalshiPrice } from './fixed-point';

/** A `[price, count]` level, both fixed-point strings. */
export const kalshiLevelSchema = z
  .tuple([kalshiPrice, kalshiCount])
  .refine(([price]) => price > 0 && price < 1_000_000, 'a bid price must lie strictly between 0 and 1')
  .transform(([price, size]): BookLevel => ({ price, size }));

/** A side's bid list; an empty side may come as [], null or no key at all. */
export const kalshiBidList = z
  .array(kalshiLevelSchema)
  .nullish()
  .transform((levels) => levels ?? []);

/**
 * `GET /markets/{ticker}/orderbook` (kalshi-api.md §3): `{orderbook_fp:{yes_dollars, no_dollars}}`,
 * BIDS ONLY for each outcome, ascending, best last. The asks come from the other side's bids
 * (lib/core/venues/kalshi/bids-only-book.ts).
 */
export const kalshiOrderbookResponseSchema = z
  .object({ orderbook_fp: z.object({ yes_dollars: kalshiBidList, no_dollars: kalshiBidList }) })
  .transform(
    (r): KalshiBidLists => ({ yesBids: r.orderbook_fp.yes_dollars, noBids: r.orderbook_fp.no_dollars }),
  );

/** `GET /markets/orderbooks?tickers=` → `{orderbooks:[{ticker, orderbook_fp}]}`. */
export const kalshiOrderbooksResponseSchema = z
  .object({
    orderbooks: z.array(
      z.object({
        ticker: z.string().min(1),
        orderbook_fp: z.object({ yes_dollars: kalshiBidList, no_dollars: kalshiBidList }),
      }),
    ),
  })
  .transform((r) =>
    r.orderbooks.map((b) => ({
      ticker: b.ticker,
      lists: { yesBids: b.orderbook_fp.yes_dollars, noBids: b.orderbook_fp.no_dollars } as KalshiBidLists,
    })),
  );
