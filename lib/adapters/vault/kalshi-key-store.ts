import { z } from 'zod';
import type { KalshiKeyVault } from '../../app/ports/wallet-vault';
import { operationalError, validationError } from '../../errors/app-error';
import { importKalshiPrivateKey, type KalshiCredentials } from '../kalshi/request-signer';
import { BrowserSecretBlobStore } from './browser-secret-blobs';
import { EncryptedSecrets, vaultSessionKeySource } from './encrypted-secrets';
import type { Clock, SecretRegistry, SessionStore } from './vault-ports';

export const KALSHI_KEY_SECRET = 'kalshi.apiKey';

const KEY_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const sealedShape = z.object({ keyId: z.string().min(1), privateKeyPem: z.string().min(1) });

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The Kalshi API key in the wallet vault: one sealed blob (the crypto box under the unlocked
 * vault's key) holding the key id and the PEM text, never in clear in storage, logs or errors.
 * Every piece (the key id, the PEM and each of its base64 lines) is registered with the log
 * redactor when stored or read.
 */
export class KalshiKeyStore implements KalshiKeyVault {
  constructor(
    private readonly secrets: EncryptedSecrets,
    private readonly registry?: SecretRegistry,
  ) {}

  #register(credentials: KalshiCredentials): void {
    if (!this.registry) return;
    this.registry.registerSecret(credentials.keyId);
    this.registry.registerSecret(credentials.privateKeyPem);
    for (const line of credentials.privateKeyPem.split(/\r?\n/))
      if (line.length >= 16 && !line.startsWith('-----')) this.registry.registerSecret(line.trim());
  }

  async setKalshiKey(keyId: string, privateKeyPem: string): Promise<void> {
    const id = keyId.trim();
    if (!KEY_ID.test(id))
      throw validationError('The Kalshi API key id is a UUID (8-4-4-4-12 hexadecimal characters).', {
        code: 'kalshi_key_invalid',
        details: { reason: 'the key id is not a UUID' },
      });
    const pem = privateKeyPem.trim();
    const credentials = { keyId: id, privateKeyPem: pem };
    this.#register(credentials);
    await importKalshiPrivateKey(pem); // throws kalshi_key_invalid, never quoting the key
    await this.secrets.store(KALSHI_KEY_SECRET, JSON.stringify(credentials));
  }

  async kalshiKeyStatus(): Promise<'ok' | 'missing' | 'locked' | 'stale'> {
    return (await this.secrets.read(KALSHI_KEY_SECRET)).status;
  }

  /** The key for signing; an operational error when it is missing, locked away or stale. */
  async credentials(): Promise<KalshiCredentials> {
    const read = await this.secrets.read(KALSHI_KEY_SECRET);
    if (read.status === 'locked')
      throw operationalError('Unlock the wallet to trade on Kalshi: the Kalshi key is sealed in it.', {
        code: 'wallet_locked',
      });
    if (read.status !== 'ok')
      throw operationalError('Add your Kalshi API key in the options (Kalshi section) to trade on Kalshi.', {
        code: 'kalshi_key_missing',
        details: { status: read.status },
      });
    const parsed = sealedShape.safeParse(parseJson(read.value));
    if (!parsed.success)
      throw operationalError('The stored Kalshi key cannot be read: enter it again in the options.', {
        code: 'kalshi_key_missing',
        details: { status: 'stale' },
      });
    this.#register(parsed.data);
    return parsed.data;
  }

  removeKalshiKey(): Promise<void> {
    return this.secrets.remove(KALSHI_KEY_SECRET);
  }
}

/** The extension's Kalshi key store: sealed blobs in storage.local under the vault session's key. */
export function createKalshiKeyStore(deps: {
  session: SessionStore;
  clock: Clock;
  registry: SecretRegistry;
}): KalshiKeyStore {
  const secrets = new EncryptedSecrets({
    keys: vaultSessionKeySource(deps.session, deps.clock),
    blobs: new BrowserSecretBlobStore(),
    registry: deps.registry,
  });
  return new KalshiKeyStore(secrets, deps.registry);
}
