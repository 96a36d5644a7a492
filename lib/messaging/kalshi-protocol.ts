import { z } from 'zod';
import { message } from './define-message';

export type KalshiKeyStatus = 'ok' | 'missing' | 'locked' | 'stale';

/**
 * The Kalshi API key, write-only from the options page: the key id and the private key file's text
 * go in, only a status comes back (lib/adapters/vault/kalshi-key-store.ts seals them in the vault).
 * Privileged: extension pages only.
 */
export const kalshiProtocol = {
  'kalshi.setKey': message<KalshiKeyStatus>()(
    true,
    z.object({ keyId: z.string().trim().min(1), privateKeyPem: z.string().min(1).max(20_000) }).strict(),
  ),
  'kalshi.keyStatus': message<KalshiKeyStatus>()(true, z.object({}).strict()),
  'kalshi.removeKey': message<KalshiKeyStatus>()(true, z.object({}).strict()),
} as const;

export type KalshiMessage = keyof typeof kalshiProtocol;
