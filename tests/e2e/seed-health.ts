/** Pass log, API metrics and score samples for the Health view (shapes of the storage schema). */
export const HOUR = 3_600_000;

export function healthRows(now: number) {
  type Coded = { code: string; params: Record<string, string | number> };
  const pass = (
    id: string,
    name: string,
    at: number,
    outcome: string,
    error: string | null = null,
    errorTexts?: Coded[],
  ) => ({
    id,
    pass: name,
    startedAt: at,
    finishedAt: at + 1800,
    durationMs: 1800,
    outcome,
    error,
    requestCount: 42,
    summary:
      outcome === 'ok' ? '1,240 markets: 1,202 rejected, 38 shortlisted, 12 scored, 3 scored ≥ 7' : null,
    ...(outcome === 'ok'
      ? {
          summaryTexts: [
            {
              code: 'scan_done',
              params: { seen: 1240, rejected: 1202, shortlisted: 38, scored: 12, high: 3, threshold: 7 },
            },
          ],
        }
      : {}),
    ...(errorTexts ? { errorTexts } : {}),
  });
  // Errors as the background writes them: the English text and its coded form (pass-log schema).
  const passLog = [
    pass('p1', 'scan', now - 2 * 60_000, 'ok'),
    pass(
      'p2',
      'monitor',
      now - 20_000,
      'degraded',
      'Some order books were missing: their positions were not re-priced.',
      [{ code: 'books_missing', params: {} }],
    ),
    pass(
      'p3',
      'whales',
      now - 8 * 60_000,
      'failed',
      'Polymarket is rate limiting us (data /trades); retry later.',
      [
        {
          code: 'rate_limited',
          params: { api: 'data', endpoint: '/trades', method: 'GET', status: 429, bodyKind: 'json' },
        },
      ],
    ),
  ];
  const scoreSamples = [9, 9, 8, 7, 7, 5, 3].map((score, k) => ({
    id: `ss-${k}`,
    marketId: `m-${k}`,
    conditionId: `0xcond${k}`,
    score,
    entryPrice: 500_000,
    scoredAt: now - 30 * HOUR,
    laterPrice: score >= 8 ? 580_000 : 510_000,
    resolved: false,
    settledAt: now - 6 * HOUR,
  }));
  const apiMetrics = Array.from({ length: 24 }, (_, k) => ({
    at: now - (k + 1) * 60_000,
    api: k % 3 === 0 ? 'clob' : 'gamma',
    host: k % 3 === 0 ? 'clob.polymarket.com' : 'gamma-api.polymarket.com',
    endpoint: k % 3 === 0 ? '/books' : '/markets',
    method: k % 3 === 0 ? 'POST' : 'GET',
    status: k === 5 ? 429 : 200,
    latencyMs: 80 + k * 15,
    attempt: 1,
    outcome: k === 5 ? 'http_error' : 'ok',
  }));
  return { passLog, scoreSamples, apiMetrics };
}
