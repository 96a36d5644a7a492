import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import { createScanPass } from '../../lib/app/scan/market-scanner';
import { isAppError } from '../../lib/errors/app-error';
import { type FakePolymarket, startFakePolymarket } from '../fake-polymarket/start-fake-polymarket.ts';
import { harness, passContext } from '../integration/intelligence/scan-harness';
import { polymarketOnly } from '../integration/support/polymarket-venues';
import { FAULTS, STORM_HTTP, worstRateUse } from './support/fault-kinds';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 17, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

/** Every route a scan reads; the listing patterns cover the events keyset route and both market fallbacks. */
const ROUTES = ['/gamma/*', 'POST /clob/books', 'GET /clob/prices-history', 'GET /data/trades'];

describe('fault storms on every scan route', () => {
  it.each(FAULTS)(
    '%s: the pass fails or degrades with a reason, and the next pass recovers',
    async (_name, fault) => {
      const h = await harness(fake);
      const clients = createPolymarketClients({
        endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
        ...STORM_HTTP,
      });
      const pass = createScanPass({
        ...h,
        venues: polymarketOnly(clients),
        settings: async () => h.settings,
      });
      fake.requestLog.reset();
      for (const [i, route] of ROUTES.entries()) {
        await h.db.priceHistory.clear(); // so every pass reads /prices-history
        fake.faults.set(route, fault);
        const stormy = passContext(`storm-${i}`);
        const outcome = await pass(stormy).then(
          () => 'degraded',
          (error: unknown) => {
            if (!isAppError(error)) throw error;
            expect(error.message).not.toBe('');
            return 'failed';
          },
        );
        if (route.startsWith('/gamma')) expect(outcome).toBe('failed');
        else expect(stormy.degraded.length).toBeGreaterThan(0);
        expect(stormy.degraded.every((d) => d.trim() !== '')).toBe(true);

        fake.faults.clear();
        const calm = passContext(`calm-${i}`);
        await pass(calm);
        expect(calm.degraded).toEqual([]);
        expect((await h.store.opportunities.all()).every((o) => o.scanId === `calm-${i}`)).toBe(true);
      }
      expect(worstRateUse(fake)).toBeLessThanOrEqual(0.8);
      await h.db.delete();
    },
  );
});
