import { z } from 'zod';
import type { BuiltDataset } from '../app/research/build-dataset';
import type { MarketDatasetResult } from '../app/research/market-dataset';
import { message } from './define-message';

/** Research messages: a backtest dataset built from what the extension recorded (extension pages only). */
export const researchProtocol = {
  'research.buildDataset': message<BuiltDataset>()(
    true,
    z
      .object({
        marketIds: z.array(z.string().min(1).max(100)).min(1).max(50),
        /** Days of history up to now. */
        days: z.number().int().min(1).max(90).default(30),
        fidelityMinutes: z.number().int().min(1).max(1440).default(60),
        /** An explicit window (epoch ms) instead of `days` up to now: the period of the History view. */
        window: z
          .object({ fromMs: z.number().int().nonnegative(), toMs: z.number().int().nonnegative() })
          .strict()
          .refine((w) => w.fromMs < w.toMs, 'fromMs must be before toMs')
          .optional(),
      })
      .strict(),
  ),
  /** One market the user picked (Gamma id, slug or polymarket.com link), resolved ones included. */
  'research.buildMarketDataset': message<MarketDatasetResult>()(
    true,
    z
      .object({
        ref: z.string().trim().min(1).max(500),
        /** Days of history before the market closed (or before now while it trades). */
        days: z.number().int().min(1).max(365).default(30),
        fidelityMinutes: z.number().int().min(1).max(1440).default(60),
      })
      .strict(),
  ),
} as const;

/** The names of the research messages. */
export type ResearchMessage = keyof typeof researchProtocol;
