import { z } from 'zod';

/** Runtime-state key of the last automatic stop, which the options page shows. */
export const LIVE_STOP_KEY = 'live.lastStop';

export const liveStopSchema = z.object({
  reason: z.enum([
    'wallet_removed',
    'wallet_replaced',
    'signature_type_changed',
    'funder_changed',
    'endpoint_changed',
    'signer_changed',
  ]),
  at: z.number(),
});
export type LiveStop = z.infer<typeof liveStopSchema>;
