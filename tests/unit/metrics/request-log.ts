import type { RequestSample } from '../../../lib/core/metrics/request-sample';

function sample(overrides: Partial<RequestSample>): RequestSample {
  return {
    at: 0,
    api: 'clob',
    host: 'clob.polymarket.com',
    endpoint: '/book',
    method: 'GET',
    status: 200,
    latencyMs: 100,
    attempt: 1,
    outcome: 'ok',
    ...overrides,
  };
}

/**
 * A known request log. clob /book latencies: 10, 20, …, 200 ms (20 samples, one of them a 500);
 * gamma /markets: 50, 70, 90, 400 (one timeout); plus two cache hits that must be ignored.
 */
export const REQUEST_LOG: RequestSample[] = [
  ...Array.from({ length: 20 }, (_, i) =>
    sample({
      at: 1_000 + i * 100,
      latencyMs: (i + 1) * 10,
      ...(i === 7 ? { status: 500, outcome: 'http_error' as const } : {}),
    }),
  ),
  ...[50, 70, 90, 400].map((latencyMs, i) =>
    sample({
      at: 5_000 + i,
      api: 'gamma',
      host: 'gamma-api.polymarket.com',
      endpoint: '/markets',
      latencyMs,
      ...(latencyMs === 400 ? { status: null, outcome: 'timeout' as const } : {}),
    }),
  ),
  sample({ at: 6_000, latencyMs: 0, attempt: 0, status: null, outcome: 'cached' }),
  sample({
    at: 6_001,
    api: 'gamma',
    host: 'gamma-api.polymarket.com',
    endpoint: '/markets',
    latencyMs: 0,
    attempt: 0,
    status: null,
    outcome: 'cached',
  }),
];
