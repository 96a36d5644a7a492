import type { FakeResponse } from '../../fake-polymarket/server/http-types.ts';

/** Kalshi's error envelope (OAS `ErrorResponse`, plus the `service` live bodies carry). */
export function kalshiError(status: number, code: string, message: string, details = ''): FakeResponse {
  return { status, body: { error: { code, message, details, service: 'exchange' } } };
}

/** 401 on a bad key, signature or timestamp (kalshi-api.md §2). */
export function authenticationError(details: string): FakeResponse {
  return kalshiError(401, 'authentication_error', 'authentication_error', details);
}

/** The 429 body is not the envelope: `{"error": "too many requests"}`, no Retry-After (§7). */
export const TOO_MANY_REQUESTS: FakeResponse = { status: 429, body: { error: 'too many requests' } };
