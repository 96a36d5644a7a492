import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../lib/adapters/storage/store';
import type { TradingStep } from '../../../lib/app/trading/trading-deps';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket } from './support/fake-books';
import { makeHarness } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 20, seed: 21, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

/** The user presses the kill switch right after the first leg's fill is recorded. */
function killSwitchAfterFirstLeg(store: () => Store) {
  let pressed = false;
  return {
    afterStep: async (step: TradingStep) => {
      if (step !== 'result_recorded' || pressed) return;
      pressed = true;
      await store().settings.update({ killSwitch: true });
    },
  };
}

describe('the kill switch stops an entry already in progress', () => {
  it('does not buy the second leg, and sells the filled one back (the one-leg rule)', async () => {
    const market = prepareMarket(fake, 0);
    let store: Store | undefined;
    const h = await makeHarness(fake, {
      settings: { mode: 'paper' },
      hooks: killSwitchAfterFirstLeg(() => {
        if (!store) throw new Error('no store');
        return store;
      }),
    });
    store = h.store;
    const outcome = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(outcome.positionId ?? '');
    expect(position).toMatchObject({
      status: 'closed',
      closeReason: 'entry_failed',
      sharesYes: 0,
      sharesNo: 0,
    });
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.reason, t.side, t.action, t.status])).toEqual([
      ['entry', 'yes', 'buy', 'filled'],
      ['unwind', 'yes', 'sell', 'filled'],
    ]);
  });
});
