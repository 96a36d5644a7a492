import { z } from 'zod';

/** Runtime-state key under which the last reactions are kept (Health view, benchmark). */
export const REALTIME_REACTIONS_KEY = 'realtime.reactions';

const ms = z.number().nonnegative();

export const reactionsSchema = z.array(
  z.object({
    positionId: z.string(),
    marketId: z.string(),
    kind: z.enum(['liquidate', 'close']),
    trigger: z.literal('realtime'),
    eventAt: z.number(),
    toEngineMs: ms,
    toSendMs: ms.nullable(),
    toDoneMs: ms,
    outcome: z.enum(['acted', 'already_handled', 'failed']),
  }),
);
