import type { ApiKey, ApiKeyStore } from '../auth/api-key-store.ts';
import { verifyL1Headers } from '../auth/verify-l1-headers.ts';
import { apiError, json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import { requireL2 } from './require-l2.ts';

const credentials = (key: ApiKey) => ({ apiKey: key.apiKey, secret: key.secret, passphrase: key.passphrase });

/** L1 key creation/derivation (ClobAuth EIP-712) and L2 key listing. */
export function addClobAuthRoutes(router: Router, keys: ApiKeyStore): void {
  router
    .add('POST', '/auth/api-key', async (req) => {
      const identity = await verifyL1Headers(req);
      if (!identity) return apiError(401, 'Invalid L1 Request headers');
      const key = keys.create(identity.address, identity.nonce);
      return key ? json(credentials(key)) : apiError(400, 'Could not create api key');
    })
    .add('GET', '/auth/derive-api-key', async (req) => {
      const identity = await verifyL1Headers(req);
      if (!identity) return apiError(401, 'Invalid L1 Request headers');
      const key = keys.derive(identity.address, identity.nonce);
      return key ? json(credentials(key)) : apiError(400, 'Could not derive api key!');
    })
    .add(
      'GET',
      '/auth/api-keys',
      requireL2(keys, (_req, key) => json({ apiKeys: keys.keysOf(key.address).map((k) => k.apiKey) })),
    )
    .add(
      'GET',
      '/auth/ban-status/closed-only',
      requireL2(keys, () => json({ closed_only: false })),
    );
}
