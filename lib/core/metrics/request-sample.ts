/**
 * One recorded HTTP attempt (the HTTP layer's RequestMetric plus the time it finished). `endpoint`
 * is a route template such as `/markets/{id}`, never a URL.
 */
export interface RequestSample {
  at: number;
  api: string;
  host: string;
  endpoint: string;
  method: string;
  status: number | null;
  latencyMs: number;
  /** 1 for a first try, 2+ for retries, 0 for a cache hit (no request sent). */
  attempt: number;
  outcome: 'ok' | 'http_error' | 'timeout' | 'network' | 'invalid_body' | 'cached';
}

/** Real requests only: cache hits sent nothing and took no network time. */
export function sentRequests(samples: readonly RequestSample[]): RequestSample[] {
  return samples.filter((s) => s.outcome !== 'cached' && s.attempt > 0);
}

/** The key an endpoint is reported under: "clob /book". */
export function endpointKey(sample: Pick<RequestSample, 'api' | 'endpoint'>): string {
  return `${sample.api} ${sample.endpoint}`;
}
