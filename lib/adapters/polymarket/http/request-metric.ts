import type { PolymarketApi } from './polymarket-endpoints';

export type RequestOutcome = 'ok' | 'http_error' | 'timeout' | 'network' | 'invalid_body' | 'cached';

/** One HTTP attempt, as reported to the health metrics. `endpoint` is the route template, never a URL. */
export interface RequestMetric {
  api: PolymarketApi;
  host: string;
  endpoint: string;
  method: string;
  /** HTTP status, or null when no response arrived (timeout, network, cache hit). */
  status: number | null;
  latencyMs: number;
  /** 1 for the first try; 0 for a cache hit. */
  attempt: number;
  outcome: RequestOutcome;
}

export type RequestMetricSink = (metric: RequestMetric) => void;
