/** Pass log, API metrics and score samples for the Health view (shapes of the storage schema). */
export const HOUR = 3_600_000;

export function healthRows(now: number) {
  const pass = (id: string, name: string, at: number, outcome: string, error: string | null = null) => ({
    id,
    pass: name,
    startedAt: at,
    finishedAt: at + 1800,
    durationMs: 1800,
    outcome,
    error,
    requestCount: 42,
    summary: outcome === 'ok' ? '120 markets seen, 5 scored' : null,
  });
  const passLog = [
    pass('p1', 'scan', now - 2 * 60_000, 'ok'),
    pass('p2', 'monitor', now - 20_000, 'degraded', 'The CLOB answered slowly (2.4 s); prices may be late.'),
    pass(
      'p3',
      'whales',
      now - 8 * 60_000,
      'failed',
      'Data API rate limit reached (429); retrying in 10 min.',
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
