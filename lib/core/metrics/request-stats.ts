import { type DurationStats, durationStats } from './percentile';
import { endpointKey, type RequestSample, sentRequests } from './request-sample';

export interface LatencyRow extends DurationStats {
  key: string;
}

export interface ErrorRateRow {
  key: string;
  requests: number;
  errors: number;
  /** errors / requests; every attempt counts (a retried request is two attempts). */
  rate: number;
}

function groupBy(
  samples: readonly RequestSample[],
  key: (s: RequestSample) => string,
): Map<string, RequestSample[]> {
  const groups = new Map<string, RequestSample[]>();
  for (const sample of samples) {
    const k = key(sample);
    const list = groups.get(k);
    if (list) list.push(sample);
    else groups.set(k, [sample]);
  }
  return groups;
}

function latencyRows(samples: readonly RequestSample[], key: (s: RequestSample) => string): LatencyRow[] {
  return [...groupBy(sentRequests(samples), key)]
    .map(([k, group]) => ({ key: k, ...durationStats(group.map((s) => s.latencyMs)) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** p50/p95/max latency per host, over sent requests (cache hits excluded). */
export function latencyByHost(samples: readonly RequestSample[]): LatencyRow[] {
  return latencyRows(samples, (s) => s.host);
}

/** p50/p95/max latency per endpoint ("clob /book"). */
export function latencyByEndpoint(samples: readonly RequestSample[]): LatencyRow[] {
  return latencyRows(samples, endpointKey);
}

/** Share of attempts per endpoint that did not end `ok` (HTTP error, timeout, network, bad body). */
export function errorRateByEndpoint(samples: readonly RequestSample[]): ErrorRateRow[] {
  return [...groupBy(sentRequests(samples), endpointKey)]
    .map(([key, group]) => {
      const errors = group.filter((s) => s.outcome !== 'ok').length;
      return { key, requests: group.length, errors, rate: errors / group.length };
    })
    .sort((a, b) => b.rate - a.rate || a.key.localeCompare(b.key));
}
