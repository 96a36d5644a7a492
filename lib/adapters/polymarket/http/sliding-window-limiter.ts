import type { Clock } from './clock';
import type { RateBucket } from './endpoint-limits';

export interface SlidingWindowLimiterOptions {
  clock: Clock;
  windowMs: number;
  /** Fraction of each published limit we allow ourselves (0.8 = stay at or under 80 %). */
  headroom: number;
}

/**
 * A sliding-window log limiter that queues instead of failing: `acquire` waits until every bucket
 * the request draws from has room in the last `windowMs`, then records the request in all of them.
 */
export class SlidingWindowLimiter {
  private readonly logs = new Map<string, number[]>();

  constructor(private readonly options: SlidingWindowLimiterOptions) {}

  /** The number of requests we allow per window for a bucket (always at least 1). */
  capacity(bucket: RateBucket): number {
    return Math.max(1, Math.floor(bucket.limit * this.options.headroom));
  }

  async acquire(buckets: readonly RateBucket[]): Promise<void> {
    for (;;) {
      const wait = this.waitFor(buckets);
      if (wait <= 0) {
        const now = this.options.clock.now();
        for (const b of buckets) this.log(b.key).push(now);
        return;
      }
      await this.options.clock.sleep(wait);
    }
  }

  /** Milliseconds until every bucket has room (0 when it has now). */
  private waitFor(buckets: readonly RateBucket[]): number {
    const now = this.options.clock.now();
    let wait = 0;
    for (const bucket of buckets) {
      const log = this.prune(bucket.key, now);
      const cap = this.capacity(bucket);
      if (log.length < cap) continue;
      // The oldest entry that must expire before there is room for one more.
      const oldest = log[log.length - cap] ?? now;
      wait = Math.max(wait, oldest + this.options.windowMs - now);
    }
    return wait;
  }

  private prune(key: string, now: number): number[] {
    const log = this.log(key);
    const cutoff = now - this.options.windowMs;
    let drop = 0;
    while (drop < log.length && (log[drop] ?? 0) <= cutoff) drop++;
    if (drop > 0) log.splice(0, drop);
    return log;
  }

  private log(key: string): number[] {
    let log = this.logs.get(key);
    if (!log) {
      log = [];
      this.logs.set(key, log);
    }
    return log;
  }
}
