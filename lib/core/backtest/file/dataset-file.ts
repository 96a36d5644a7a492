import { z } from 'zod';
import { venueIdSchema } from '../../model/venue';

/**
 * The shareable JSON file (format "polymarket-equilibrage-backtest", version 1). Prices and sizes
 * are decimals as people and the APIs write them (0.43, 12.5); times are epoch ms. Points are
 * compact [t, p] pairs; book levels [price, size] with the best price FIRST on both sides.
 */
export const DATASET_FORMAT = 'polymarket-equilibrage-backtest';

const price = z.number().min(0, 'must be a price ≥ 0').max(1, 'must be a price ≤ 1');
const time = z.number().int('must be epoch milliseconds (an integer)').nonnegative();
const level = z.tuple([price, z.number().nonnegative('size must be ≥ 0')]);

export const fileMarketSchema = z.object({
  /** Where the market was recorded; absent = Polymarket (every file before venues existed). */
  venue: venueIdSchema.optional(),
  id: z.string().min(1, 'must not be empty'),
  question: z.string(),
  yesTokenId: z.string().min(1, 'must not be empty'),
  noTokenId: z.string().min(1, 'must not be empty'),
  feeRate: z.number().min(0).max(1),
  feeExponent: z.number().min(0).max(4).optional(),
  tickSize: z.number().positive(),
  endTime: time.nullable(),
  resolution: z.object({ outcome: z.union([z.literal(0), z.literal(1)]), resolvedAt: time }).nullable(),
  liquidity: z.number().nonnegative().optional(),
  volume24h: z.number().nonnegative().optional(),
});

export const datasetFileSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(1),
  markets: z.array(fileMarketSchema).min(1, 'needs at least one market'),
  prices: z.record(z.string(), z.array(z.tuple([time, price]))),
  books: z
    .record(z.string(), z.array(z.object({ t: time, bids: z.array(level), asks: z.array(level) })))
    .optional(),
  scores: z.record(z.string(), z.array(z.tuple([time, z.number().min(1).max(10)]))).optional(),
});

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type FileMarket = z.infer<typeof fileMarketSchema>;
