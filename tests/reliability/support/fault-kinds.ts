import { peakRates } from '../../bench/support/peak-rate';
import type { Fault } from '../../fake-polymarket/server/fault-injector.ts';
import type { FakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

/** Every fault the fake can inject, a dropped socket being a "timeout" of 0 ms (socket destroyed). */
export const FAULTS: Array<[string, Fault]> = [
  ['429 HTML + Retry-After', { kind: '429', htmlBody: true, retryAfter: 1 }],
  ['425 engine restarting', { kind: '425' }],
  ['500', { kind: '500' }],
  ['503 cancel-only', { kind: '503-cancel-only' }],
  ['timeout', { kind: 'timeout', ms: 400 }],
  ['malformed JSON', { kind: 'malformed-json' }],
  ['truncated payload', { kind: 'truncated' }],
  ['dropped socket', { kind: 'timeout', ms: 0 }],
];

/** Client options that make the storms quick: 150 ms timeout, Retry-After capped at 20 ms. */
export const STORM_HTTP = {
  timeoutMs: 150,
  maxAttempts: 2,
  maxRetryAfterMs: 20,
  backoff: { baseDelayMs: 1, maxDelayMs: 5 },
};

/** The busiest 10 s window of every documented limit stayed at or under 80 %. */
export function worstRateUse(fake: FakePolymarket): number {
  const peaks = peakRates(
    fake.requestLog.entries.map((e) => ({
      api: e.api,
      method: e.method,
      path: e.path,
      time: e.time,
      status: e.status,
    })),
  );
  return Math.max(0, ...peaks.map((p) => p.fraction));
}
