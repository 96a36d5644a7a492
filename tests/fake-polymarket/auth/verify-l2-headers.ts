import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FakeRequest } from '../server/http-types.ts';
import type { ApiKey, ApiKeyStore } from './api-key-store.ts';
import { header } from './verify-l1-headers.ts';

/** urlsafe_base64(HMAC_SHA256(base64decode(secret), timestamp + METHOD + path + body)), '=' padding kept. */
export function polyHmac(
  secret: string,
  timestamp: string,
  method: string,
  path: string,
  body: string,
): string {
  const key = Buffer.from(
    secret
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .replace(/[^A-Za-z0-9+/=]/g, ''),
    'base64',
  );
  const digest = createHmac('sha256', key).update(`${timestamp}${method}${path}${body}`).digest('base64');
  return digest.replace(/\+/g, '-').replace(/\//g, '_');
}

/** Returns the API key when the L2 headers are valid for this request (path WITHOUT query string). */
export function verifyL2Headers(req: FakeRequest, keys: ApiKeyStore): ApiKey | undefined {
  const apiKey = header(req, 'poly_api_key');
  const signature = header(req, 'poly_signature');
  const timestamp = header(req, 'poly_timestamp');
  const address = header(req, 'poly_address');
  const passphrase = header(req, 'poly_passphrase');
  if (!apiKey || !signature || !timestamp || !address || !passphrase) return undefined;
  const key = keys.byApiKey(apiKey);
  if (!key || key.passphrase !== passphrase || key.address !== address.toLowerCase()) return undefined;
  const check = keys.clockCheck;
  if (check && !(Math.abs(Number(timestamp) - check.nowSec()) <= check.toleranceSec)) return undefined;
  const expected = Buffer.from(polyHmac(key.secret, timestamp, req.method, req.path, req.rawBody));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? key : undefined;
}
