import { type RequestSample, sentRequests } from './request-sample';

/** A published rate-limit bucket (the HTTP layer's endpoint-limits.ts provides them). */
export interface LimitBucket {
  key: string;
  limit: number;
}

export type BucketsFor = (api: string, endpoint: string) => readonly LimitBucket[];

export interface HeadroomRow {
  bucket: string;
  limit: number;
  used: number;
  /** used / limit over the window: 0.8 means 80 % of the published budget. */
  fraction: number;
}

/**
 * Requests sent (finish time minus latency) in (now − windowMs, now] per rate-limit bucket, as a fraction of its limit, most
 * used first. Buckets without traffic are left out.
 */
export function rateHeadroom(
  samples: readonly RequestSample[],
  now: number,
  windowMs: number,
  bucketsFor: BucketsFor,
): HeadroomRow[] {
  const used = new Map<string, { limit: number; used: number }>();
  for (const sample of sentRequests(samples)) {
    // The limiter counts a request when it is sent: `at` is when it finished.
    const sentAt = sample.at - sample.latencyMs;
    if (sentAt <= now - windowMs || sentAt > now) continue;
    for (const bucket of bucketsFor(sample.api, sample.endpoint)) {
      const row = used.get(bucket.key) ?? { limit: bucket.limit, used: 0 };
      row.used++;
      used.set(bucket.key, row);
    }
  }
  return [...used]
    .map(([bucket, row]) => ({ bucket, limit: row.limit, used: row.used, fraction: row.used / row.limit }))
    .sort((a, b) => b.fraction - a.fraction || a.bucket.localeCompare(b.bucket));
}
