import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKET_REFRESH_MS } from '../../lib/app/market-data/market-facts';
import { isAppError } from '../../lib/errors/app-error';
import { type FakePolymarket, startFakePolymarket } from '../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { liveSetup } from '../integration/trading/support/live-vault';
import { makeHarness, passContext } from '../integration/trading/support/trading-harness';
import { HARDHAT_ADDRESS } from '../unit/vault/vault-harness';
import { FAULTS, worstRateUse } from './support/fault-kinds';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 23, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const held = (tokenId: string) => Number(fake.state.accounts.position(HARDHAT_ADDRESS, tokenId).size);

/** No signed order was ever posted twice (a blind re-post would repeat the same body). */
function expectNoRepost() {
  const bodies = fake.requestLog.find('POST', '/order').map((e) => e.body);
  expect(new Set(bodies).size).toBe(bodies.length);
}

describe('fault storms on the trading and monitor routes (live, real clob-client)', () => {
  it.each(FAULTS)(
    '%s on the first order post: no crash, no re-post, no lost fill after recovery',
    async (_n, fault) => {
      const market = prepareMarket(fake, marketIndex++);
      const { live } = await liveSetup();
      const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
      fake.requestLog.reset();
      fake.faults.set('POST /clob/order', fault, { times: 1 });
      const entry = await h.services.engine.enter(market.id).catch((error: unknown) => {
        if (!isAppError(error)) throw error;
        return error;
      });
      fake.faults.clear();
      const recovered = h.restart();
      await recovered.reconcile();
      await recovered.monitorPass(passContext().ctx);

      expectNoRepost();
      const positions = await h.store.positions.all();
      expect(positions.length).toBe(1);
      const [position] = positions;
      expect(['active', 'closed']).toContain(position?.status);
      expect(held(market.tokens[0].tokenId)).toBe(position?.sharesYes);
      expect(held(market.tokens[1].tokenId)).toBe(position?.sharesNo);
      if (isAppError(entry)) expect(entry.message).not.toBe('');
      expect(worstRateUse(fake)).toBeLessThanOrEqual(0.8);
    },
  );

  it.each(FAULTS)(
    '%s on the monitor reads: the pass fails or degrades, acts on nothing, then recovers',
    async (_n, fault) => {
      const market = prepareMarket(fake, marketIndex++);
      const h = await makeHarness(fake);
      const { positionId = '' } = await h.services.engine.enter(market.id);
      setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]); // divergence: the next good pass liquidates
      // The entry cached its market; past the cache's age the pass reads Gamma again, as in the extension.
      fake.state.nowMs += MARKET_REFRESH_MS + 60_000;
      for (const route of ['GET /gamma/markets', 'POST /clob/books']) {
        fake.faults.set(route, fault);
        const stormy = passContext();
        const failed = await h.services.monitorPass(stormy.ctx).then(
          () => false,
          (error: unknown) => {
            if (!isAppError(error)) throw error;
            return true;
          },
        );
        expect(failed || stormy.degraded.length > 0).toBe(true);
        expect((await h.store.positions.get(positionId))?.status).toBe('active');
        fake.faults.clear();
      }
      const calm = passContext();
      expect(await h.services.monitorPass(calm.ctx)).toContain('1 liquidated');
      expect(calm.degraded).toEqual([]);
    },
  );
});
