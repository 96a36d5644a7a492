import { z } from 'zod';
import type { BuiltDataset } from '../app/research/build-dataset';
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
      })
      .strict(),
  ),
} as const;

/** The names of the research messages. */
export type ResearchMessage = keyof typeof researchProtocol;
