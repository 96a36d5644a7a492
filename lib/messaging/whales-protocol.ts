import { z } from 'zod';
import { message } from './define-message';

/** Whale messages: privileged (extension pages only). */
export const whalesProtocol = {
  /** Follow or unfollow a wallet (the whale pass then fetches its positions). False: no such wallet. */
  'whales.setTracked': message<boolean>()(
    true,
    z
      .object({
        walletAddress: z.string().regex(/^0x[0-9a-fA-F]{40}$/, { error: 'Not a wallet address (0x…).' }),
        tracked: z.boolean(),
      })
      .strict(),
  ),
} as const;

/** The names of the whale messages. */
export type WhalesMessage = keyof typeof whalesProtocol;
