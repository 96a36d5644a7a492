import { json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';

/** GET /api/geoblock (on polymarket.com) → `{blocked, ip, country, region}`. */
export function addGeoblockRoute(router: Router, state: FakePolymarketState): void {
  router.add('GET', '/api/geoblock', () => {
    const g = state.geoblock;
    return json({
      blocked: g.trading !== 'open',
      ip: '127.0.0.1',
      country: g.country,
      region: g.region ?? '',
    });
  });
}
