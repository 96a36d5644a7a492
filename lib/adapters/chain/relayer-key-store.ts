import { z } from 'zod';
import type { RelayerKeyVault, SecretStatus } from '../../app/ports/wallet-vault';
import { validationError } from '../../errors/app-error';
import { BrowserSecretBlobStore } from '../vault/browser-secret-blobs';
import { EncryptedSecrets, vaultSessionKeySource } from '../vault/encrypted-secrets';
import type { Clock, SecretRegistry, SessionStore } from '../vault/vault-ports';
import type { RelayerAuth } from './relayer-client';

export const RELAYER_KEY_SECRET = 'relayer.apiKey';

const authSchema = z.object({
  apiKey: z.string().trim().min(8).max(200),
  address: z
    .string()
    .trim()
    .regex(/^0x[0-9a-fA-F]{40}$/),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The Relayer API key of a proxy / Safe / deposit-wallet account (created on polymarket.com), kept
 * encrypted with the vault's key like the other secrets: never a plain setting, never in a log
 * (the key is registered with the log redactor when stored or read).
 */
export class RelayerKeyStore implements RelayerKeyVault {
  constructor(
    private readonly secrets: EncryptedSecrets,
    private readonly registry?: SecretRegistry,
  ) {}

  async set(auth: RelayerAuth): Promise<void> {
    const parsed = authSchema.safeParse(auth);
    if (typeof auth.apiKey === 'string' && auth.apiKey.trim().length >= 8)
      this.registry?.registerSecret(auth.apiKey.trim());
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
    const parsed = authSchema.safeParse(parseJson(read.value));
    if (!parsed.success) return null;
    this.registry?.registerSecret(parsed.data.apiKey);
    return parsed.data;
  }

  clear(): Promise<void> {
    return this.secrets.remove(RELAYER_KEY_SECRET);
  }

  // The options page's view (RelayerKeyVault): write-only, only a status comes back.
  setRelayerKey(apiKey: string, address: string): Promise<void> {
    return this.set({ apiKey, address });
  }

  async relayerKeyStatus(): Promise<SecretStatus> {
    return (await this.secrets.read(RELAYER_KEY_SECRET)).status;
  }

  removeRelayerKey(): Promise<void> {
    return this.clear();
  }
}

/** The extension's Relayer key store: a sealed blob in storage.local under the vault session's key. */
export function createRelayerKeyStore(deps: {
  session: SessionStore;
  clock: Clock;
  registry: SecretRegistry;
}): RelayerKeyStore {
  const secrets = new EncryptedSecrets({
    keys: vaultSessionKeySource(deps.session, deps.clock),
    blobs: new BrowserSecretBlobStore(),
    registry: deps.registry,
  });
  return new RelayerKeyStore(secrets, deps.registry);
}
