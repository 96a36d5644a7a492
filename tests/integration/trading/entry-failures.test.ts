import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TradingStep } from '../../../lib/app/trading/trading-deps';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../fake-polymarket/state/market-model.ts';
import { prepareMarket, setYesBook } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { makeHarness } from './support/trading-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 60, seed: 13, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

/** Moves the NO asks away just before each NO order leaves, so both NO attempts are killed. */
function noLegKeepsMoving(market: FakeMarket) {
  let sent = 0;
  return {
    afterStep: (step: TradingStep) => {
      if (step !== 'intent_sent') return;
      sent += 1;
      // NO asks = 1 − YES bids: 0.55, then 0.60, always above the order's limit.
      if (sent === 2) setYesBook(fake, market, [[0.45, 500]], [[0.5, 500]]);
      if (sent === 3) setYesBook(fake, market, [[0.4, 500]], [[0.5, 500]]);
    },
  };
}

describe.each(['paper', 'live'] as const)('%s: one leg fails', (mode) => {
  it('retries it once on a fresh book, then sells the filled leg back and closes with the loss', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const live = mode === 'live' ? (await liveSetup()).live : undefined;
    const h = await makeHarness(fake, { settings: { mode }, hooks: noLegKeepsMoving(market), live });
    fake.requestLog.reset();
    const outcome = await h.services.engine.enter(market.id);
    const position = await h.store.positions.get(outcome.positionId ?? '');
    // YES: 98 @ 0.50 + 0.98 fee = 49.98. Unwind: 98 @ 0.40 = 39.20 − 0.9408 fee. Loss 11.7208.
    expect(position).toMatchObject({
      status: 'closed',
      closeReason: 'entry_failed',
      sharesYes: 0,
      sharesNo: 0,
      pnl: -11_720_800,
    });
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.reason, t.side, t.action, t.status])).toEqual([
      ['entry', 'yes', 'buy', 'filled'],
      ['entry', 'no', 'buy', 'failed'],
      ['entry_retry', 'no', 'buy', 'failed'],
      ['unwind', 'yes', 'sell', 'filled'],
    ]);
    expect(trades[1]?.error).toContain('FOK orders are fully filled or killed');
    // Beside the exchange's words, the code History says in the UI's language.
    expect(trades[1]?.errorText).toEqual({ code: 'fok_not_filled', params: {} });
    if (mode === 'live') expect(fake.requestLog.count('POST', '/order')).toBe(4);
    expect(outcome.message).toContain('entry_failed');
  });
});

describe('a failed order post is never re-sent', () => {
  it('a 500 on the first leg leaves an unknown intent; reconcile finds nothing and abandons the entry', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const { live } = await liveSetup();
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
    fake.requestLog.reset();
    fake.faults.set('POST /clob/order', { kind: '500' }, { times: 1 });
    const outcome = await h.services.engine.enter(market.id);
    expect(outcome.message).toContain('still in progress');
    const [intent] = await h.store.orderIntents.listByPosition(outcome.positionId ?? '');
    expect(intent?.status).toBe('unknown');
    await h.services.reconcile();
    await h.services.reconcile();
    expect(fake.requestLog.count('POST', '/order')).toBe(1);
    expect(await h.store.positions.get(outcome.positionId ?? '')).toMatchObject({
      status: 'closed',
      closeReason: 'entry_failed',
      pnl: 0,
    });
  });
});
