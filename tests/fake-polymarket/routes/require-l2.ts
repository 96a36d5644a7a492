import type { ApiKey, ApiKeyStore } from '../auth/api-key-store.ts';
import { verifyL2Headers } from '../auth/verify-l2-headers.ts';
import { apiError, type FakeRequest, type FakeResponse, type RouteHandler } from '../server/http-types.ts';

export type L2Handler = (
  req: FakeRequest,
  key: ApiKey,
  params: Record<string, string>,
) => FakeResponse | Promise<FakeResponse>;

/** Wraps a handler with L2 (HMAC) authentication: 401 "Unauthorized/Invalid api key" otherwise. */
export function requireL2(keys: ApiKeyStore, handler: L2Handler): RouteHandler {
  return (req, params) => {
    const key = verifyL2Headers(req, keys);
    return key ? handler(req, key, params) : apiError(401, 'Unauthorized/Invalid api key');
  };
}
