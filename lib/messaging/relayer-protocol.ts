import { z } from 'zod';
import { message } from './define-message';

export type RelayerKeyStatus = 'ok' | 'missing' | 'locked' | 'stale';

/**
 * The Polymarket Relayer API key of a proxy / Safe / deposit-wallet account, write-only from the
 * options page: the key and its address go in, only a status comes back
 * (lib/adapters/chain/relayer-key-store.ts seals them in the vault). Privileged: extension pages only.
 */
export const relayerProtocol = {
  'relayer.setKey': message<RelayerKeyStatus>()(
    true,
    z.object({ apiKey: z.string().trim().min(1).max(200), address: z.string().trim().max(64) }).strict(),
  ),
  'relayer.keyStatus': message<RelayerKeyStatus>()(true, z.object({}).strict()),
  'relayer.removeKey': message<RelayerKeyStatus>()(true, z.object({}).strict()),
} as const;

export type RelayerMessage = keyof typeof relayerProtocol;
