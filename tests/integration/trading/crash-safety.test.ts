import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import type { TradingStep } from '../../../lib/app/trading/trading-deps';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { HARDHAT_ADDRESS } from '../../unit/vault/vault-harness';
import { prepareMarket } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { type Harness, makeHarness } from './support/trading-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 80, seed: 9, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

/** [step, which occurrence, how the entry must end after a restart, orders the exchange saw]. */
const CASES: Array<[TradingStep, number, 'active' | 'closed', number]> = [
  ['position_opened', 1, 'closed', 0],
  ['intent_written', 1, 'closed', 0],
  ['intent_sent', 1, 'closed', 0],
  ['order_answered', 1, 'active', 2],
  ['result_recorded', 1, 'active', 2],
  ['intent_written', 2, 'active', 2],
  ['intent_sent', 2, 'active', 2],
  ['order_answered', 2, 'active', 2],
  ['result_recorded', 2, 'active', 2],
];

function killAt(step: TradingStep, occurrence: number) {
  let seen = 0;
  return {
    afterStep: (s: TradingStep) => {
      if (s === step && ++seen === occurrence) throw new Error(`worker killed after ${s}`);
    },
  };
}

async function ordersSeen(h: Harness, mode: 'paper' | 'live'): Promise<number> {
  if (mode === 'live') return fake.requestLog.count('POST', '/order');
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.orders.length ?? 0;
}

async function exchangeShares(h: Harness, mode: 'paper' | 'live', tokenId: string): Promise<number> {
  if (mode === 'live') return Number(fake.state.accounts.position(HARDHAT_ADDRESS, tokenId).size);
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.shares[tokenId] ?? 0;
}

describe.each(['paper', 'live'] as const)('%s: a worker killed at any step of an entry', (mode) => {
  it.each(CASES)(
    'after %s #%i → %s, %i orders, no duplicate, no lost fill',
    async (step, occurrence, end, orders) => {
      const market = prepareMarket(fake, marketIndex++);
      const live = mode === 'live' ? (await liveSetup()).live : undefined;
      const h = await makeHarness(fake, { settings: { mode }, hooks: killAt(step, occurrence), live });
      fake.requestLog.reset();
      await expect(h.services.engine.enter(market.id)).rejects.toThrow('worker killed');

      const restarted = h.restart();
      await restarted.reconcile();
      await restarted.reconcile(); // idempotent: a second recovery changes nothing

      const [position] = await h.store.positions.all();
      expect(position?.status).toBe(end);
      expect(await ordersSeen(h, mode)).toBe(orders);
      const intents = await h.store.orderIntents.listByPosition(position?.id ?? '');
      expect(intents.every((i) => i.status === 'filled' || i.status === 'failed')).toBe(true);
      expect(new Set(intents.map((i) => i.clientKey)).size).toBe(intents.length);
      const trades = await h.store.trades.listByPosition(position?.id ?? '');
      const filled = trades.filter((t) => t.status === 'filled');
      expect(filled).toHaveLength(orders);
      expect(new Set(trades.map((t) => t.intentId)).size).toBe(trades.length);
      // No lost fill: what the exchange holds is exactly what the position says it holds.
      expect(await exchangeShares(h, mode, market.tokens[0].tokenId)).toBe(position?.sharesYes);
      expect(await exchangeShares(h, mode, market.tokens[1].tokenId)).toBe(position?.sharesNo);
      if (end === 'closed') expect(position).toMatchObject({ closeReason: 'entry_failed', pnl: 0 });
    },
  );

  it('finishes a close interrupted between its two sales', async () => {
    const market = prepareMarket(fake, marketIndex++);
    const live = mode === 'live' ? (await liveSetup()).live : undefined;
    const h = await makeHarness(fake, { settings: { mode }, live });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const dying = h.restart(killAt('order_answered', 1));
    fake.requestLog.reset();
    await expect(dying.engine.closePosition(positionId)).rejects.toThrow('worker killed');
    expect((await h.store.positions.get(positionId))?.status).toBe('active');

    await h.restart().reconcile();
    const closed = await h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'manual', sharesYes: 0, sharesNo: 0 });
    const sells = (await h.store.trades.listByPosition(positionId)).filter((t) => t.action === 'sell');
    expect(sells.map((t) => [t.side, t.status, t.reason])).toEqual([
      ['yes', 'filled', 'manual'],
      ['no', 'filled', 'manual'],
    ]);
    if (mode === 'live') expect(fake.requestLog.count('POST', '/order')).toBe(2);
    expect(await exchangeShares(h, mode, market.tokens[0].tokenId)).toBe(0);
    expect(await exchangeShares(h, mode, market.tokens[1].tokenId)).toBe(0);
  });
});

describe('live: a worker killed while a delayed order’s outcome is unknown', () => {
  it('is reconciled once the exchange matches it: no duplicate order, no lost fill', async () => {
    const market = prepareMarket(fake, marketIndex++);
    market.secondsDelay = 3_600; // matched only when the test releases it
    let dead = true;
    let waiting = (): void => undefined;
    const posted = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const { live } = await liveSetup({
      exchange: {
        settleAttempts: 2,
        settleIntervalMs: 5,
        // The first worker dies while it waits for the match: its wait never returns.
        wait: (ms) => {
          if (!dead) return new Promise((resolve) => setTimeout(resolve, ms));
          waiting();
          return new Promise<void>(() => undefined);
        },
      },
    });
    const h = await makeHarness(fake, { settings: { mode: 'live' }, live });
    fake.requestLog.reset();
    void h.services.engine.enter(market.id);
    await posted;
    dead = false;
    const [position] = await h.store.positions.all();
    const positionId = position?.id ?? '';
    const intentsOf = () => h.store.orderIntents.listByPosition(positionId);
    expect((await intentsOf()).map((i) => i.status)).toEqual(['sent']);
    expect(fake.requestLog.count('POST', '/order')).toBe(1);

    // Restarted while the exchange still holds the order as DELAYED: nothing is decided, nothing re-sent.
    expect(await h.restart().reconcile()).toMatchObject({ completed: 0, failed: 0, deferred: 1 });
    expect((await intentsOf()).map((i) => i.status)).toEqual(['sent']);
    expect(await h.store.trades.listByPosition(positionId)).toEqual([]);

    // The match happens; the next recovery records the fill and carries the entry on (the NO leg is
    // delayed too, so it is left unknown after two status checks, then recovered the same way).
    fake.state.delayed.releaseAll();
    expect(await h.restart().reconcile()).toMatchObject({ completed: 1, resumed: 1 });
    expect((await intentsOf()).map((i) => i.status)).toEqual(['filled', 'unknown']);
    fake.state.delayed.releaseAll();
    expect(await h.restart().reconcile()).toMatchObject({ completed: 1 });

    const done = await h.store.positions.get(positionId);
    expect(done?.status).toBe('active');
    expect(fake.requestLog.count('POST', '/order')).toBe(2);
    const trades = await h.store.trades.listByPosition(positionId);
    expect(trades.map((t) => [t.side, t.status])).toEqual([
      ['yes', 'filled'],
      ['no', 'filled'],
    ]);
    expect(trades.every((t) => t.shares > 0)).toBe(true);
    expect(await exchangeShares(h, 'live', market.tokens[0].tokenId)).toBe(done?.sharesYes);
    expect(await exchangeShares(h, 'live', market.tokens[1].tokenId)).toBe(done?.sharesNo);
  });
});
