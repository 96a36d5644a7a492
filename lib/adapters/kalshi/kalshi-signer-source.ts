import { createKalshiSigner, type KalshiCredentials, type KalshiSigner } from './request-signer';

/**
 * The signer of the Kalshi key as the vault holds it now: read on every call (throws while the key
 * is missing or the wallet locked), the key imported again only when it changed. The imported key is
 * non-extractable; nothing of it is kept in clear but the PEM text compared in memory.
 */
export function kalshiSignerSource(
  keys: { credentials(): Promise<KalshiCredentials> },
  now?: () => number,
): () => Promise<KalshiSigner> {
  let cached: { credentials: KalshiCredentials; signer: KalshiSigner } | undefined;
  return async () => {
    const credentials = await keys.credentials().catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
    const same =
      cached?.credentials.keyId === credentials.keyId &&
      cached.credentials.privateKeyPem === credentials.privateKeyPem;
    if (!same || !cached) cached = { credentials, signer: await createKalshiSigner(credentials, now) };
    return cached.signer;
  };
}
