import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExchangeProviders } from '../../../lib/adapters/exchange/exchange-provider';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { cashFromTrades } from '../../../lib/core/model/bankroll';
import type { SettingsPatch } from '../../../lib/settings/parse-settings';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';
import { type Harness, makeHarness } from '../trading/support/trading-harness';

/**
 * A worker killed in the middle of an entry by split or a close by merge (paper): the restarted
 * worker finishes it, the paper wallet moves once, and History agrees with the wallet. The paper CTF
 * refuses what the wallet cannot pay, with a code, and a redeem never pays a settled resolution again.
 */
let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 81, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const STARTING = 1_000_000_000;
const SPLIT_GAS = 2_937;
const MERGE_GAS = 2_351;
const settings: SettingsPatch = {
  strategy: { takeProfitEnabled: false, stopLossEnabled: false, maxSpread: 0.1, entryMethod: 'auto' },
};

async function wallet(h: Harness) {
  const account = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
  if (!account) throw new Error('no paper wallet');
  expect(cashFromTrades(STARTING, await h.store.trades.list())).toBe(account.collateral);
  return account;
}

const paperCtf = (h: Harness) =>
  createExchangeProviders({
    store: h.store,
    marketData: h.marketData,
    clock: { now: () => fake.state.nowMs },
  }).ctfFor;

describe('entry by split and close by merge survive a killed worker (paper)', () => {
  it('killed right after the opening row: the restart mints the pairs once', async () => {
    const market = prepareMarket(fake, 0);
    setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
    const h = await makeHarness(fake, {
      settings,
      hooks: {
        afterStep: (step) => {
          if (step === 'position_opened') throw new Error('worker killed');
        },
      },
    });
    await expect(h.services.engine.enter(market.id)).rejects.toThrow('worker killed');
    const [opening] = await h.store.positions.listOpen();
    expect(opening).toMatchObject({ status: 'opening', entryMethod: 'split' });

    const restarted = h.restart();
    await restarted.reconcile();
    await restarted.reconcile();
    const position = await h.store.positions.get(opening?.id ?? '');
    expect(position).toMatchObject({ status: 'active', sharesYes: opening?.splitPairs });
    const account = await wallet(h);
    expect(account.collateral).toBe(STARTING - (opening?.splitPairs ?? 0) - SPLIT_GAS);
    expect(account.ctfOps.map((op) => op.key)).toEqual([`split-${opening?.id}`]);
  });

  it('killed after the merge was applied but before it was recorded: the restart records it, never merges twice', async () => {
    const market = prepareMarket(fake, 1);
    setYesBook(fake, market, [[0.49, 1000]], [[0.51, 1000]]);
    const h = await makeHarness(fake, { settings });
    const { positionId = '' } = await h.services.engine.enter(market.id);
    const opened = await h.store.positions.get(positionId);
    const pairs = opened?.splitPairs ?? 0;
    if (!opened) throw new Error('no position');
    // What the close had written when the worker died: the reason and the merge it asked for, and
    // the paper CTF had already applied that merge.
    await h.store.positions.put({ ...opened, closeReason: 'manual', mergingPairs: pairs });
    const ctf = await paperCtf(h)('paper', await h.store.settings.get());
    const gamma = (await h.marketData.markets([market.id])).get(market.id);
    if (!gamma) throw new Error('no market');
    expect(await ctf.merge({ market: gamma, amount: pairs, positionId })).toMatchObject({ status: 'done' });

    await h.restart().reconcile();
    const closed = await h.store.positions.get(positionId);
    expect(closed).toMatchObject({ status: 'closed', mergedPairs: pairs, pnl: -(SPLIT_GAS + MERGE_GAS) });
    const account = await wallet(h);
    expect(account.collateral).toBe(STARTING - SPLIT_GAS - MERGE_GAS);
    expect(account.ctfOps.map((op) => op.key)).toEqual([`split-${positionId}`, `merge-${positionId}`]);
  });
});

describe('the paper CTF operations', () => {
  it('refuse what the wallet cannot pay, with a code, and change nothing', async () => {
    const market = prepareMarket(fake, 2);
    const h = await makeHarness(fake, { settings: { ...settings, paper: { startingBalanceUsd: 10 } } });
    const ctf = await paperCtf(h)('paper', await h.store.settings.get());
    const gamma = (await h.marketData.markets([market.id])).get(market.id);
    if (!gamma) throw new Error('no market');
    const tooMuch = await ctf.split({ market: gamma, amount: 10_000_000, positionId: 'p1' });
    expect(tooMuch).toMatchObject({ status: 'refused', code: 'ctf_not_enough_collateral' });
    const merge = await ctf.merge({ market: gamma, amount: 1_000_000, positionId: 'p1' });
    expect(merge).toMatchObject({ status: 'refused', code: 'ctf_not_enough_pairs' });
    const unresolved = await ctf.redeem({ market: gamma, amount: 0, positionId: 'p1' });
    expect(unresolved).toMatchObject({ status: 'refused', code: 'ctf_not_resolved' });
    // $5 fits: 5 YES + 5 NO for $5 and the gas; asked again, the same outcome and no second debit.
    const first = await ctf.split({ market: gamma, amount: 5_000_000, positionId: 'p2' });
    const again = await ctf.split({ market: gamma, amount: 5_000_000, positionId: 'p2' });
    expect(again).toEqual(first);
    const account = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
    expect(account?.collateral).toBe(10_000_000 - 5_000_000 - SPLIT_GAS);
    expect(account?.shares[gamma.no.tokenId]).toBe(5_000_000);
    // Through the relayer (an email-login account) the same split costs no gas.
    await h.store.settings.update({ wallet: { signatureType: 1, funderAddress: `0x${'1'.repeat(40)}` } });
    expect(await ctf.gas('split', gamma)).toEqual({ kind: 'relayer' });
  });

  it('a redeem pays the resolved shares once, and never after the resolution was settled', async () => {
    const market = prepareMarket(fake, 3);
    const h = await makeHarness(fake, { settings });
    const providers = createExchangeProviders({
      store: h.store,
      marketData: h.marketData,
      clock: { now: () => fake.state.nowMs },
    });
    const ctf = await providers.ctfFor('paper', await h.store.settings.get());
    const open = (await h.marketData.markets([market.id])).get(market.id);
    if (!open) throw new Error('no market');
    await ctf.split({ market: open, amount: 20_000_000, positionId: 'r1' });
    const resolved = { ...open, resolvedOutcome: 0 as const, closed: true };
    const paid = await ctf.redeem({ market: resolved, amount: 0, positionId: 'r1' });
    const redeemGas = 2_351;
    expect(paid).toMatchObject({
      status: 'done',
      delta: { collateral: 20_000_000 - redeemGas, yesShares: -20_000_000 },
    });
    const before = (await providers.paper.account()).collateral;
    // The exchange's own settlement of the same position pays nothing more.
    await providers.paper.settleResolution({
      key: 'resolution-r1',
      legs: [{ tokenId: open.yes.tokenId, shares: 20_000_000, payout: 20_000_000 }],
    });
    expect((await providers.paper.account()).collateral).toBe(before);

    // The other way round: settled first, then a redeem finds nothing left to pay.
    await ctf.split({ market: open, amount: 3_000_000, positionId: 'r2' });
    await providers.paper.settleResolution({
      key: 'resolution-r2',
      legs: [{ tokenId: open.yes.tokenId, shares: 3_000_000, payout: 3_000_000 }],
    });
    const settled = (await providers.paper.account()).collateral;
    expect(await ctf.redeem({ market: resolved, amount: 0, positionId: 'r2' })).toMatchObject({
      status: 'done',
      delta: { collateral: 0 },
    });
    expect((await providers.paper.account()).collateral).toBe(settled);
  });
});
