import { validationError } from '../../errors/app-error';
import { pemToPkcs8 } from './pkcs8-key';

/**
 * Kalshi request signing (kalshi-api.md §2): RSA-PSS, SHA-256, MGF1(SHA-256), salt 32 bytes, over
 * `timestamp_ms + METHOD + path` — path from the host's root, WITHOUT the query string; the body is
 * not signed. Headers KALSHI-ACCESS-KEY / -TIMESTAMP / -SIGNATURE (base64). WebCrypto only
 * (`globalThis.crypto.subtle`: the extension's service worker and Node 20), the key imported
 * non-extractable; the PEM text is never logged nor put in an error.
 */
export interface KalshiCredentials {
  /** The API key id (a UUID). */
  keyId: string;
  /** The private key file's text, PKCS#1 or PKCS#8 PEM. */
  privateKeyPem: string;
}

export type KalshiAuthHeaders = Record<
  'KALSHI-ACCESS-KEY' | 'KALSHI-ACCESS-TIMESTAMP' | 'KALSHI-ACCESS-SIGNATURE',
  string
>;

export interface KalshiSigner {
  /** Signed headers for one request; `url` may carry a query string, which is not signed. */
  headers(method: string, url: string): Promise<KalshiAuthHeaders>;
}

const SALT_LENGTH = 32;

export async function importKalshiPrivateKey(pem: string): Promise<CryptoKey> {
  const der = pemToPkcs8(pem);
  try {
    return await crypto.subtle.importKey('pkcs8', der, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']);
  } catch {
    throw validationError('This Kalshi private key could not be read as an RSA key.', {
      code: 'kalshi_key_invalid',
      details: { reason: 'not an RSA private key' },
    });
  }
}

/** The string Kalshi verifies: timestamp + METHOD + pathname (no host, no query). */
export function kalshiStringToSign(timestampMs: number, method: string, url: string): string {
  return `${timestampMs}${method.toUpperCase()}${new URL(url, 'http://kalshi.invalid').pathname}`;
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function signKalshiMessage(key: CryptoKey, message: string): Promise<string> {
  const signature = await crypto.subtle.sign(
    { name: 'RSA-PSS', saltLength: SALT_LENGTH },
    key,
    new TextEncoder().encode(message),
  );
  return toBase64(signature);
}

/** A signer for one key; `now` is the wall clock in ms (injected for tests). */
export async function createKalshiSigner(
  credentials: KalshiCredentials,
  now: () => number = () => Date.now(),
): Promise<KalshiSigner> {
  if (!credentials.keyId.trim())
    throw validationError('The Kalshi API key id is missing.', {
      code: 'kalshi_key_invalid',
      details: { reason: 'the key id is missing' },
    });
  const key = await importKalshiPrivateKey(credentials.privateKeyPem);
  const keyId = credentials.keyId.trim();
  return {
    async headers(method, url) {
      const timestamp = now();
      const signature = await signKalshiMessage(key, kalshiStringToSign(timestamp, method, url));
      return {
        'KALSHI-ACCESS-KEY': keyId,
        'KALSHI-ACCESS-TIMESTAMP': String(timestamp),
        'KALSHI-ACCESS-SIGNATURE': signature,
      };
    },
  };
}
