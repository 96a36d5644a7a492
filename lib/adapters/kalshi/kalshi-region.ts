import { z } from 'zod';
import { type Exchange, REGION_CLOSE_ONLY } from '../../app/ports/exchange-port';
import { operationalError } from '../../errors/app-error';
import { type KalshiHttpOptions, kalshiRequest } from './kalshi-http';

/**
 * Kalshi's own word on where its API may be used (kalshi-api.md §8): `GET /api_keys` carries
 * `api_key_region_expiration_ts`, "when the account's location attestation for API key requests
 * expires; a past value means the attestation has lapsed. Absent when the account has never
 * attested." What Kalshi does with orders after a lapse is not documented, so the product is
 * careful: with a lapsed attestation it only reduces positions (entries refused up front, as in a
 * close-only Polymarket region) until the user attests again on kalshi.com.
 */
const apiKeysSchema = z.object({
  api_key_region_expiration_ts: z.number().int().nullish(),
});

/** The words of a lapsed attestation (locales: errors.kalshi_attestation_lapsed). */
export const KALSHI_ATTESTATION_LAPSED = 'kalshi_attestation_lapsed';

export type KalshiRegionAccess =
  | { kind: 'attested'; expiresAt: number }
  | { kind: 'never-attested' }
  | { kind: 'lapsed'; expiredAt: number };

export async function kalshiRegionAccess(http: KalshiHttpOptions, now: number): Promise<KalshiRegionAccess> {
  const answer = await kalshiRequest(http, { method: 'GET', path: '/api_keys' }, apiKeysSchema);
  const ts = answer.api_key_region_expiration_ts;
  if (ts === undefined || ts === null) return { kind: 'never-attested' };
  return ts * 1000 <= now
    ? { kind: 'lapsed', expiredAt: ts * 1000 }
    : { kind: 'attested', expiresAt: ts * 1000 };
}

/** The exchange with entries refused: sells (reducing positions) go through, buys are refused. */
export function kalshiReduceOnlyExchange(inner: Exchange, expiredAt: number): Exchange {
  const date = new Date(expiredAt).toISOString().slice(0, 10);
  const message = `Your Kalshi location attestation for API keys lapsed on ${date}: attest again on kalshi.com. Until then positions can be reduced, but no new position is opened.`;
  return {
    mode: inner.mode,
    entriesRefused: { code: KALSHI_ATTESTATION_LAPSED, message },
    prepare(request, keyHint) {
      // REGION_CLOSE_ONLY: the entry flow counts the leg as failed and unwinds; the words are Kalshi's.
      if (request.side === 'BUY')
        return Promise.reject(
          operationalError(message, {
            code: REGION_CLOSE_ONLY,
            details: { venue: 'kalshi' },
            text: { code: KALSHI_ATTESTATION_LAPSED, params: {} },
          }),
        );
      return inner.prepare(request, keyHint);
    },
    send: (order) => inner.send(order),
    findOrder: (clientKey) => inner.findOrder(clientKey),
    balance: () => inner.balance(),
  };
}
