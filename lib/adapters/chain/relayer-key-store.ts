import { z } from 'zod';
import { validationError } from '../../errors/app-error';
import type { EncryptedSecrets } from '../vault/encrypted-secrets';
import type { RelayerAuth } from './relayer-client';

export const RELAYER_KEY_SECRET = 'relayer.apiKey';

const authSchema = z.object({
  apiKey: z.string().min(8).max(200),
  address: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
});

/**
 * The Relayer API key of a proxy / Safe / deposit-wallet account (created on polymarket.com), kept
 * encrypted with the vault's key like the other secrets: never a plain setting, never in a log.
 */
export class RelayerKeyStore {
  constructor(private readonly secrets: EncryptedSecrets) {}

  async set(auth: RelayerAuth): Promise<void> {
    const parsed = authSchema.safeParse(auth);
    if (!parsed.success)
      throw validationError('A Relayer API key and the 0x address it was issued to are both needed.', {
        code: 'relayer_key_invalid',
      });
    await this.secrets.store(RELAYER_KEY_SECRET, JSON.stringify(parsed.data));
  }

  /** The key, or null when none is set or the vault is locked. */
  async get(): Promise<RelayerAuth | null> {
    const read = await this.secrets.read(RELAYER_KEY_SECRET);
    if (read.status !== 'ok') return null;
    const parsed = authSchema.safeParse(JSON.parse(read.value));
    return parsed.success ? parsed.data : null;
  }

  clear(): Promise<void> {
    return this.secrets.remove(RELAYER_KEY_SECRET);
  }
}
