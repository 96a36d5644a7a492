import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import type { TradingStep } from '../../../lib/app/trading/trading-deps';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../fake-polymarket/state/market-model.ts';
import { HARDHAT_ADDRESS } from '../../unit/vault/vault-harness';
import { prepareMarket, setYesBook } from './support/fake-books';
import { liveSetup } from './support/live-vault';
import { type Harness, type HarnessOptions, makeHarness, passContext } from './support/trading-harness';

let fake: FakePolymarket;
let marketIndex = 0;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 60, seed: 11, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

/** YES quoted one cent either side of `mid`, 500 shares a level (NO mirrors it). */
function quote(market: FakeMarket, mid: number): void {
  setYesBook(
    fake,
    market,
    [
      [mid - 0.01, 500],
      [mid - 0.02, 500],
    ],
    [
      [mid + 0.01, 500],
      [mid + 0.02, 500],
    ],
  );
}

async function setup(mode: 'paper' | 'live', hooks?: HarnessOptions['hooks']) {
  const market = prepareMarket(fake, marketIndex++);
  quote(market, 0.5);
  const live = mode === 'live' ? (await liveSetup()).live : undefined;
  const h = await makeHarness(fake, { settings: { mode, strategy: { kind: 'momentum' } }, live, hooks });
  return { market, h };
}

async function exchangeShares(h: Harness, mode: 'paper' | 'live', tokenId: string): Promise<number> {
  if (mode === 'live') return Number(fake.state.accounts.position(HARDHAT_ADDRESS, tokenId).size);
  return (await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.shares[tokenId] ?? 0;
}

describe.each(['paper', 'live'] as const)('%s: the momentum strategy chosen in the settings', (mode) => {
  it('waits for its move, buys one side only, and exits by stop-loss instead of liquidating', async () => {
    const { market, h } = await setup(mode);
    const { engine } = h.services;
    fake.requestLog.reset();

    // First sighting: the marks become the reference; nothing to buy yet.
    await expect(engine.enter(market.id)).rejects.toMatchObject({
      code: 'no_signal',
      message:
        'Waiting for YES or NO to rise 30% from the price first seen: YES 50¢ → 50¢ (+0%), NO 50¢ → 50¢ (+0%).',
    });
    expect(await h.store.priceReferences.get(market.id)).toMatchObject({ yes: 500_000, no: 500_000 });

    // NO 50¢ → 34¢ (YES 66¢, +32 %): the preview says what it would buy, on one side only.
    quote(market, 0.66);
    const preview = await engine.preview(market.id);
    expect(preview).toMatchObject({ strategy: 'momentum', blocked: null, no: null });
    expect(preview.note).toBe('YES rose 32% from 50¢ to 66¢: buy YES only');
    expect(preview.yes?.worstPrice).toBe(670_000);
    expect(fake.requestLog.count('POST', '/order')).toBe(0);

    const { positionId = '' } = await engine.enter(market.id);
    const position = await h.store.positions.get(positionId);
    expect(position).toMatchObject({
      status: 'active',
      strategy: 'momentum',
      mode,
      sharesNo: 0,
      capitalNo: 0,
    });
    expect(position?.sharesYes).toBeGreaterThan(0);
    expect(position?.entryPriceYes).toBe(670_000);
    if (mode === 'live') expect(fake.requestLog.count('POST', '/order')).toBe(1);
    expect(await exchangeShares(h, mode, market.tokens[0].tokenId)).toBe(position?.sharesYes);
    expect(await exchangeShares(h, mode, market.tokens[1].tokenId)).toBe(0);

    // Switching the settings back to balancing does not change how this position exits.
    await h.store.settings.update({ strategy: { kind: 'balancing' } });
    // YES 66¢ → 45¢: −33 %, past the divergence threshold; a single-side position has nothing to
    // liquidate, so the stop-loss closes it.
    quote(market, 0.45);
    expect(await h.services.monitorPass(passContext().ctx)).toBe(
      '1 position checked: 0 liquidated, 1 closed, 0 resolved.',
    );
    const closed = await h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'stop_loss', liquidatedSide: null });
    expect(closed?.pnl).toBeLessThan(0);
    const trades = await h.store.trades.listByPosition(positionId);
    expect(trades.map((t) => [t.action, t.side, t.status])).toEqual([
      ['buy', 'yes', 'filled'],
      ['sell', 'yes', 'filled'],
    ]);
    // Sell sizes keep 2 decimals: under 0.01 share of dust stays behind (written off, fill-accounting).
    expect(await exchangeShares(h, mode, market.tokens[0].tokenId)).toBeLessThan(10_000);
  });

  it('keeps watching after an entry sizing refused, and never trades the same move twice', async () => {
    const { market, h } = await setup(mode);
    const { engine } = h.services;
    await expect(engine.enter(market.id)).rejects.toMatchObject({ code: 'no_signal' });
    // A move too thin to fill: 10 shares at 66¢, then nothing within the slippage limit. Sizing refuses.
    setYesBook(fake, market, [[0.65, 500]], [[0.67, 10]]);
    await expect(engine.enter(market.id)).rejects.toMatchObject({ code: 'insufficient_depth' });
    expect((await h.store.priceReferences.get(market.id))?.enteredAt[mode]).toBeNull();

    quote(market, 0.66);
    const { positionId = '' } = await engine.enter(market.id);
    await engine.closePosition(positionId);
    await expect(engine.enter(market.id)).rejects.toMatchObject({ code: 'already_traded' });
  });
});

const CRASHES: Array<[TradingStep, 'active' | 'closed', number]> = [
  ['position_opened', 'closed', 0],
  ['intent_written', 'closed', 0],
  ['intent_sent', 'closed', 0],
  ['order_answered', 'active', 1],
  ['result_recorded', 'active', 1],
];

describe.each(['paper', 'live'] as const)('%s: a worker killed during a single-side entry', (mode) => {
  it.each(CRASHES)('after %s → %s with %i order, no duplicate, no lost fill', async (step, end, orders) => {
    const { market, h } = await setup(mode, {
      afterStep: (s: TradingStep) => {
        if (s === step) throw new Error(`worker killed after ${s}`);
      },
    });
    await expect(h.services.engine.enter(market.id)).rejects.toMatchObject({ code: 'no_signal' });
    quote(market, 0.66);
    fake.requestLog.reset();
    await expect(h.services.engine.enter(market.id)).rejects.toThrow('worker killed');
    const restarted = h.restart();
    await restarted.reconcile();
    await restarted.reconcile();

    const [position] = await h.store.positions.all();
    expect(position).toMatchObject({ status: end, strategy: 'momentum' });
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.filter((t) => t.status === 'filled')).toHaveLength(orders);
    if (mode === 'live') expect(fake.requestLog.count('POST', '/order')).toBe(orders);
    expect(await exchangeShares(h, mode, market.tokens[0].tokenId)).toBe(position?.sharesYes);
    expect(position?.sharesNo).toBe(0);
    // An entry that bought nothing frees the market for a later entry on the same move.
    const reference = await h.store.priceReferences.get(market.id);
    expect(reference?.enteredAt[mode] === null).toBe(end === 'closed');
  });
});
