import { describe, expect, it } from 'vitest';
import { RATE_WINDOW_MS } from '../../../lib/adapters/polymarket/http/endpoint-limits';
import { createPolymarketClientsProvider } from '../../../lib/adapters/polymarket/polymarket-clients';
import { FakeClock } from './fake-clock';
import { ENDPOINTS, scriptedFetch } from './fake-fetch';

describe('the clients of the endpoints in the settings', () => {
  it('are rebuilt when an endpoint changes, and the new ones are asked', async () => {
    const { fetch, calls } = scriptedFetch([() => new Response('[]')]);
    const clients = createPolymarketClientsProvider({ fetch, clock: new FakeClock() });
    const moved = { ...ENDPOINTS, gammaUrl: 'http://127.0.0.1:9/gamma' };
    const first = clients(ENDPOINTS);
    expect(clients({ ...ENDPOINTS })).toBe(first);
    await clients(moved).http.request({ api: 'gamma', route: '/markets' });
    expect(clients(moved)).not.toBe(first);
    expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:9/gamma/markets']);
  });

  it('keep one rate budget across the rebuild: a burst split over two endpoints stays under the limit', async () => {
    const clock = new FakeClock();
    const sentAt: number[] = [];
    const { fetch } = scriptedFetch([
      () => {
        sentAt.push(clock.now());
        return new Response('[]');
      },
    ]);
    const clients = createPolymarketClientsProvider({ fetch, clock });
    const cap = Math.floor(300 * 0.8); // gamma /markets: 300 per window, 80 % used
    const burst = (endpoints: typeof ENDPOINTS) =>
      Array.from({ length: cap }, () => clients(endpoints).http.request({ api: 'gamma', route: '/markets' }));
    const before = burst(ENDPOINTS);
    const after = burst({ ...ENDPOINTS, gammaUrl: 'http://127.0.0.1:9/gamma' });
    await clock.drive(Promise.all([...before, ...after]));
    expect(sentAt).toHaveLength(2 * cap);
    // The second endpoints' requests waited for the window the first ones used up.
    expect(sentAt.filter((t) => t === sentAt[0])).toHaveLength(cap);
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeGreaterThanOrEqual(RATE_WINDOW_MS);
  });
});
