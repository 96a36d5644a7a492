import { describe, expect, it } from 'vitest';
import { bucketsFor, RATE_WINDOW_MS } from '../../../lib/adapters/polymarket/http/endpoint-limits';
import { PolymarketHttp } from '../../../lib/adapters/polymarket/http/polymarket-http';
import { SlidingWindowLimiter } from '../../../lib/adapters/polymarket/http/sliding-window-limiter';
import { FakeClock } from './fake-clock';
import { ENDPOINTS, json, scriptedFetch } from './fake-fetch';

/** The largest number of timestamps inside any window [t, t + windowMs). */
function maxInAnyWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

describe('rate limits', () => {
  it('draws from the route, listing, general and global buckets', () => {
    expect(bucketsFor('gamma', '/markets').map((b) => [b.key, b.limit])).toEqual([
      ['gamma:/markets', 300],
      ['gamma:listing', 900],
      ['gamma', 4_000],
      ['all', 15_000],
    ]);
    expect(bucketsFor('data', '/unknown').map((b) => b.key)).toEqual(['data', 'all']);
  });

  it.each([
    ['gamma', '/markets', 300, 1_000],
    ['gamma', '/events', 500, 1_200],
    ['clob', '/books', 500, 1_500],
    ['data', '/trades', 200, 700],
    ['data', '/positions', 150, 500],
  ] as const)('keeps a burst to %s %s under 80%% of %i per 10 s window', async (api, route, limit, n) => {
    const clock = new FakeClock();
    const sentAt: number[] = [];
    const { fetch } = scriptedFetch([
      () => {
        sentAt.push(clock.now());
        return new Response('[]');
      },
    ]);
    const http = new PolymarketHttp({ endpoints: ENDPOINTS, fetch, clock });
    const burst = Promise.all(Array.from({ length: n }, () => http.request({ api, route })));
    await clock.drive(burst);
    expect(sentAt).toHaveLength(n);
    const cap = Math.floor(limit * 0.8);
    expect(maxInAnyWindow(sentAt, RATE_WINDOW_MS)).toBeLessThanOrEqual(cap);
    // It queues rather than crawls: the first window is used up at once.
    expect(sentAt.filter((t) => t === sentAt[0])).toHaveLength(cap);
  });

  it('a shared listing bucket throttles /markets and /events together', async () => {
    const clock = new FakeClock();
    const sentAt: number[] = [];
    const { fetch } = scriptedFetch([
      () => {
        sentAt.push(clock.now());
        return new Response('[]');
      },
    ]);
    const http = new PolymarketHttp({ endpoints: ENDPOINTS, fetch, clock });
    const calls = Array.from({ length: 1_000 }, (_, i) =>
      http.request({ api: 'gamma', route: i % 2 ? '/events/keyset' : '/markets/keyset' }),
    );
    await clock.drive(Promise.all(calls));
    expect(maxInAnyWindow(sentAt, RATE_WINDOW_MS)).toBeLessThanOrEqual(720);
  });

  it('the limiter waits instead of failing', async () => {
    const clock = new FakeClock();
    const limiter = new SlidingWindowLimiter({ clock, windowMs: 1_000, headroom: 0.8 });
    const bucket = [{ key: 'k', limit: 5 }];
    const start = clock.now();
    await clock.drive(Promise.all(Array.from({ length: 9 }, () => limiter.acquire(bucket))));
    expect(clock.now() - start).toBe(2_000);
    expect(limiter.capacity({ key: 'tiny', limit: 1 })).toBe(1);
  });

  it('retries draw from the budget too', async () => {
    const clock = new FakeClock();
    const { fetch, calls } = scriptedFetch([json({ error: 'x' }, 500)]);
    const http = new PolymarketHttp({ endpoints: ENDPOINTS, fetch, clock, maxAttempts: 2 });
    await clock.drive(http.request({ api: 'data', route: '/ok' }).catch(() => undefined));
    expect(calls).toHaveLength(2);
  });
});
