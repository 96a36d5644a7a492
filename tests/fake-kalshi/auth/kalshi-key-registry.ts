import { constants, createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type AuthCheck = { ok: true; keyId: string } | { ok: false; details: string };

/**
 * API keys the fake knows (key id → RSA public key), and Kalshi's check of the three headers
 * (kalshi-api.md §2): RSA-PSS, SHA-256, MGF1 SHA-256, salt 32 bytes, over
 * `timestamp + METHOD + path-without-query`. Kalshi's clock-skew window is not documented; the fake
 * refuses a timestamp further than `toleranceMs` from its clock (a switch).
 */
export class KalshiKeyRegistry {
  private readonly keys = new Map<string, KeyObject>();
  toleranceMs = 30_000;
  now: () => number = () => Date.now();

  register(keyId: string, publicKeyPem: string): void {
    this.keys.set(keyId, createPublicKey(publicKeyPem));
  }

  revoke(keyId: string): void {
    this.keys.delete(keyId);
  }

  check(headers: IncomingHttpHeaders, method: string, pathname: string): AuthCheck {
    const keyId = header(headers, 'kalshi-access-key');
    const timestamp = header(headers, 'kalshi-access-timestamp');
    const signature = header(headers, 'kalshi-access-signature');
    if (!keyId || !timestamp || !signature)
      return { ok: false, details: 'rpc error: code = Unauthenticated desc = MISSING_AUTH_HEADERS' };
    const key = this.keys.get(keyId);
    if (!key) return { ok: false, details: 'rpc error: code = Unauthenticated desc = INVALID_API_KEY' };
    if (!/^\d{13}$/.test(timestamp) || Math.abs(Number(timestamp) - this.now()) > this.toleranceMs)
      return { ok: false, details: 'rpc error: code = Unauthenticated desc = INVALID_TIMESTAMP' };
    const valid = verify(
      'sha256',
      Buffer.from(`${timestamp}${method}${pathname}`),
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      Buffer.from(signature, 'base64'),
    );
    if (!valid)
      return { ok: false, details: 'rpc error: code = Unauthenticated desc = INCORRECT_API_KEY_SIGNATURE' };
    return { ok: true, keyId };
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
