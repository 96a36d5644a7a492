import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolymarketClients } from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { testBackground } from '../support/test-platform';
import { passContext } from '../trading/support/trading-harness';

/**
 * Split, merge and redeem are Polymarket's Conditional Tokens: with the background composed as the
 * extension composes it (the paper CTF included) and "enter by split" forced in the settings, a
 * Kalshi position is still bought on Kalshi's books, closed by selling, and, once its market
 * settles, closed at its payout (Kalshi pays it into the balance) — never offered to the redeemer.
 */
const CENT = 10_000;
const CONTRACT = 1_000_000;
let poly: FakePolymarket;
let kalshi: FakeKalshi;
let bg: ReturnType<typeof testBackground>;
const page = { kind: 'extension-page', url: undefined } as const;

beforeAll(async () => {
  poly = await startFakePolymarket({ markets: 4, seed: 2 });
  kalshi = await startFakeKalshi({ markets: 3, seed: 5 });
  const clock = { now: () => kalshi.state.nowMs };
  const endpoints = { gammaUrl: poly.gammaUrl, clobUrl: poly.clobUrl, dataUrl: poly.dataUrl };
  const store = createStore(new EquilibrageDatabase(`kalshi-no-ctf-${process.pid}-${Date.now()}`), clock.now);
  const current = await store.settings.get();
  const seeded = await store.settings.update({
    endpoints,
    kalshi: { enabled: true, demoRestUrl: kalshi.restUrl },
    strategy: { ...current.strategy, entryMethod: 'split' },
  });
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.issues));
  let n = 0;
  bg = testBackground({
    store,
    clock,
    ids: { next: () => `id-${++n}` },
    clients: createPolymarketClients({ endpoints }),
  });
});
afterAll(async () => {
  await poly.close();
  await kalshi.close();
});

function balanced(ticker: string): void {
  const market = kalshi.state.market(ticker);
  if (!market) throw new Error(`no fake market ${ticker}`);
  for (const price of [...market.yesBids.keys()]) kalshi.state.setBid(ticker, 'yes', price, 0);
  for (const price of [...market.noBids.keys()]) kalshi.state.setBid(ticker, 'no', price, 0);
  kalshi.state.setBid(ticker, 'yes', 49 * CENT, 20_000 * CONTRACT);
  kalshi.state.setBid(ticker, 'no', 49 * CENT, 20_000 * CONTRACT);
  market.lastPrice = 50 * CENT;
}

describe('no split, merge or redeem on Kalshi', () => {
  it('"enter by split" forced: a Kalshi entry buys both books, and the preview offers no split', async () => {
    const [ticker = ''] = [...kalshi.state.markets.keys()];
    balanced(ticker);
    const marketId = `kalshi:${ticker}`;
    const preview = await bg.handlers['position.preview']({ marketId }, page);
    expect(preview.blocked).toBeNull();
    expect(preview.entryMethod ?? null).toBeNull();
    // No line about Polymarket's holding rewards on a Kalshi market.
    expect(preview.holdingReward).toBeUndefined();
    const { positionId = '' } = await bg.trading.engine.enter(marketId);
    const trades = await bg.store.trades.listByPosition(positionId);
    expect(trades.map((t) => [t.venue, t.reason, t.action, t.id.startsWith('split-')])).toEqual([
      ['kalshi', 'entry', 'buy', false],
      ['kalshi', 'entry', 'buy', false],
    ]);
    expect(trades.every((t) => t.orderId !== null && t.price === 51 * CENT)).toBe(true);
  });

  it('a live Kalshi position is closed at its payout when the market settles, and never redeemed', async () => {
    const ticker = [...kalshi.state.markets.keys()][1] ?? '';
    balanced(ticker);
    const { positionId = '' } = await bg.trading.engine.enter(`kalshi:${ticker}`);
    const paper = await bg.store.positions.get(positionId);
    if (!paper) throw new Error('no position');
    // The same position as if it had been opened live with the user's Kalshi key.
    await bg.store.positions.put({ ...paper, mode: 'live' });
    const market = kalshi.state.market(ticker);
    if (!market) throw new Error('no market');
    market.status = 'finalized';
    market.result = 'yes';
    market.closeTimeMs = kalshi.state.nowMs - 3_600_000;
    // The monitor re-reads a cached market every ten minutes.
    kalshi.state.nowMs += 11 * 60_000;
    // A settled market has no resting orders left.
    for (const price of [...market.yesBids.keys()]) kalshi.state.setBid(ticker, 'yes', price, 0);
    for (const price of [...market.noBids.keys()]) kalshi.state.setBid(ticker, 'no', price, 0);
    expect(await bg.trading.monitorPass(passContext().ctx)).toContain('1 resolved');
    const closed = await bg.store.positions.get(positionId);
    expect(closed).toMatchObject({
      venue: 'kalshi',
      mode: 'live',
      status: 'closed',
      closeReason: 'resolution',
    });
    expect(closed?.redeem).toBeUndefined();
    const redeemed = await bg.trading.redeemHandlers['positions.redeemAll']({}, page);
    expect(JSON.stringify(redeemed)).not.toContain(positionId);
  });
});
