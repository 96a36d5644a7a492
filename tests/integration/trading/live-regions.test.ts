import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchGeoblock } from '../../../lib/adapters/exchange/geoblock';
import { isAppError } from '../../../lib/errors/app-error';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { makeHarness } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 9, scriptedMarkets: 0 });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.state.geoblock = { country: 'PT', region: null, trading: 'open' };
});

/** The live path asks the fake's own geoblock endpoint, as it asks polymarket.com. */
const setup = async () => {
  const { live } = await liveSetup({ geoblock: () => fetchGeoblock(fake.geoblockUrl) });
  return makeHarness(fake, { settings: { mode: 'live' }, live });
};
const posts = () => fake.requestLog.count('POST', '/order');

describe('live trading by region (geoblock answer + the published lists)', () => {
  it('close-only: no entry is sent, but an open live position is still closed', async () => {
    const h = await setup();
    const a = prepareMarket(fake, 0);
    const b = prepareMarket(fake, 1);
    const entered = await h.services.engine.enter(a.id);
    const id = entered.positionId ?? '';
    expect((await h.store.positions.get(id))?.status).toBe('active');

    fake.state.geoblock = { country: 'SG', region: null, trading: 'closeOnly' };
    const before = posts();
    const preview = await h.services.engine.preview(b.id);
    expect(preview.blocked).toContain('close-only');
    const refused = await h.services.engine.enter(b.id).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe('region_close_only');
    expect(posts()).toBe(before);
    expect((await h.store.positions.all()).map((p) => p.marketId)).toEqual([a.id]);

    const closed = await h.services.engine.closePosition(id);
    expect(closed.text).toMatchObject({ code: 'closed' });
    expect((await h.store.positions.get(id))?.status).toBe('closed');
    expect(posts()).toBe(before + 2);
  });

  it('the region turns close-only between the two legs of an entry: the second buy is never sent, the first is sold back', async () => {
    const { live } = await liveSetup({ geoblock: () => fetchGeoblock(fake.geoblockUrl) });
    let switched = false;
    const h = await makeHarness(fake, {
      settings: { mode: 'live' },
      live,
      hooks: {
        afterStep: (step) => {
          if (step === 'result_recorded' && !switched) {
            switched = true;
            fake.state.geoblock = { country: 'SG', region: null, trading: 'closeOnly' };
          }
        },
      },
    });
    const market = prepareMarket(fake, 4);
    const before = posts();
    const outcome = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(outcome.positionId ?? '');
    expect(position).toMatchObject({
      status: 'closed',
      closeReason: 'entry_failed',
      sharesYes: 0,
      sharesNo: 0,
    });
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.reason, t.side, t.action])).toEqual([
      ['entry', 'yes', 'buy'],
      ['unwind', 'yes', 'sell'],
    ]);
    expect(posts()).toBe(before + 2);
  });

  it('blocked (sanctioned country): nothing live is sent, not even a close', async () => {
    const h = await setup();
    const c = prepareMarket(fake, 2);
    const id = (await h.services.engine.enter(c.id)).positionId ?? '';
    fake.state.geoblock = { country: 'IR', region: null, trading: 'blocked' };
    const before = posts();
    const error = await h.services.engine.closePosition(id).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('geoblocked');
    expect(posts()).toBe(before);
    expect((await h.store.positions.get(id))?.status).toBe('active');
  });

  it('an unreachable geoblock check sends nothing live (unknown is not allowed)', async () => {
    const { live } = await liveSetup({ geoblock: () => fetchGeoblock('http://127.0.0.1:9/geoblock') });
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
    const before = posts();
    const preview = await h.services.engine.preview(prepareMarket(fake, 3).id).catch((e: unknown) => e);
    expect(isAppError(preview) && preview.code).toBe('geoblock_unreachable');
    expect(posts()).toBe(before);
  });
});
