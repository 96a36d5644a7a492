import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../lib/adapters/exchange/paper-account';
import { createPassLock } from '../../lib/adapters/scheduler/pass-lock';
import { runPass } from '../../lib/app/passes/run-pass';
import type { Handler } from '../../lib/messaging/router';
import { type FakePolymarket, startFakePolymarket } from '../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { type Harness, makeHarness, passContext } from '../integration/trading/support/trading-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 80, seed: 41, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const page = { kind: 'extension-page' as const, url: undefined };

async function paperOrders(h: Harness) {
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.orders ?? [];
}

async function paperShares(h: Harness, tokenId: string) {
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.shares[tokenId] ?? 0;
}

function passDeps(h: Harness) {
  let n = 0;
  return {
    lock: createPassLock(),
    clock: { now: () => fake.state.nowMs },
    ids: { next: () => `pass-${++n}` },
    log: h.store.passLog,
  };
}

describe('concurrency: one position, one set of orders', () => {
  it('a triple "enter" from two pages and the engine at once → one position, two orders', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake);
    const enter = h.services.handlers['position.enter'] as Handler<'position.enter'>;
    const results = await Promise.allSettled([
      enter({ marketId: market.id }, page),
      enter({ marketId: market.id }, { kind: 'extension-page', url: 'chrome-extension://x/dashboard.html' }),
      h.services.engine.enter(market.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await h.store.positions.all()).toHaveLength(1);
    expect(await paperOrders(h)).toHaveLength(2);
  });

  it('two overlapping monitor passes → one runs, one liquidation order', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake);
    await h.services.engine.enter(market.id);
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    const deps = passDeps(h);
    const runs = await Promise.all([
      runPass('monitor', h.services.monitorPass, deps, 10_000),
      runPass('monitor', h.services.monitorPass, deps, 10_000),
    ]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    expect(await paperOrders(h)).toHaveLength(3);
    const [position] = await h.store.positions.all();
    expect(position).toMatchObject({ status: 'liquidated', liquidatedSide: 'yes' });
  });

  it('a monitor pass and a "close" click racing on a diverged position → each side sold once', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const h = await makeHarness(fake);
    const { positionId = '' } = await h.services.engine.enter(market.id);
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    const close = h.services.handlers['position.close'] as Handler<'position.close'>;
    await Promise.allSettled([
      h.services.monitorPass(passContext().ctx),
      close({ positionId }, page),
      h.services.monitorPass(passContext().ctx),
    ]);
    const sells = (await h.store.trades.listByPosition(positionId)).filter(
      (t) => t.action === 'sell' && t.status === 'filled',
    );
    expect(sells.map((t) => t.side).sort()).toEqual(['no', 'yes']);
    expect(await h.store.positions.get(positionId)).toMatchObject({
      status: 'closed',
      sharesYes: 0,
      sharesNo: 0,
    });
    expect(await paperShares(h, market.tokens[0].tokenId)).toBe(0);
    expect(await paperShares(h, market.tokens[1].tokenId)).toBe(0);
    expect(await paperOrders(h)).toHaveLength(4);
  });

  it('"close all" from two pages at once → every position closed once', async () => {
    const markets = [prepareMarket(fake, marketIndex++), prepareMarket(fake, marketIndex++)];
    const h = await makeHarness(fake);
    for (const m of markets) await h.services.engine.enter(m.id);
    const closeAll = h.services.handlers['positions.closeAll'] as Handler<'positions.closeAll'>;
    await Promise.allSettled([closeAll({}, page), closeAll({}, page)]);
    const positions = await h.store.positions.all();
    expect(positions.every((p) => p.status === 'closed')).toBe(true);
    expect(await paperOrders(h)).toHaveLength(8);
  });
});
