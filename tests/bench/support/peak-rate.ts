import { bucketsFor, RATE_WINDOW_MS } from '../../../lib/adapters/polymarket/http/endpoint-limits';
import type { PolymarketApi } from '../../../lib/adapters/polymarket/http/polymarket-endpoints';
import type { LoggedCall } from './fake-protocol.ts';

export interface BucketPeak {
  bucket: string;
  limit: number;
  /** Most requests seen in any sliding 10 s window. */
  peak: number;
  /** peak / limit. */
  fraction: number;
}

const API: readonly string[] = ['gamma', 'clob', 'data'];

/**
 * Peak use of each documented limit (polymarket-api.md §8, as coded in endpoint-limits.ts) from
 * the fake's request log: every request is counted in the buckets its route draws from, and the
 * busiest sliding 10 s window (ending at any request) is found per bucket.
 */
export function peakRates(calls: readonly LoggedCall[]): BucketPeak[] {
  const times = new Map<string, { limit: number; at: number[] }>();
  for (const call of calls) {
    if (!API.includes(call.api)) continue;
    for (const bucket of bucketsFor(call.api as PolymarketApi, call.path)) {
      const entry = times.get(bucket.key) ?? { limit: bucket.limit, at: [] };
      entry.at.push(call.time);
      times.set(bucket.key, entry);
    }
  }
  const out: BucketPeak[] = [];
  for (const [bucket, { limit, at }] of times) {
    at.sort((a, b) => a - b);
    let peak = 0;
    let start = 0;
    for (let end = 0; end < at.length; end++) {
      while ((at[start] ?? 0) <= (at[end] ?? 0) - RATE_WINDOW_MS) start++;
      peak = Math.max(peak, end - start + 1);
    }
    out.push({ bucket, limit, peak, fraction: peak / limit });
  }
  return out.sort((a, b) => b.fraction - a.fraction);
}

/** Requests per "METHOD /api/path". */
export function countsByEndpoint(calls: readonly LoggedCall[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of calls) {
    const key = `${c.method} /${c.api}${c.path}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
