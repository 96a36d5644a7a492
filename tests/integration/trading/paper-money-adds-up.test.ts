import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { bankroll, cashFromTrades, realisedCapital } from '../../../lib/core/model/bankroll';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from './support/fake-books';
import { type Harness, makeHarness, passContext } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 11, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const STARTING = 1_000_000_000;

/** The popup's bankroll, History's realised capital (+ open P&L) and the trades' cash, read from the store. */
async function books(h: Harness) {
  const account = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
  const free = account?.collateral ?? STARTING;
  const open = await h.store.positions.listOpen();
  const closed = await h.store.positions.listClosed();
  const trades = await h.store.trades.list();
  return {
    free,
    bankroll: bankroll(free, open),
    realisedPlusOpen: realisedCapital(STARTING, closed) + open.reduce((s, p) => s + p.pnl, 0),
    realised: realisedCapital(STARTING, closed),
    tradesCash: cashFromTrades(STARTING, trades),
    open: open.length,
  };
}

async function expectAgreement(h: Harness) {
  const b = await books(h);
  expect(b.tradesCash).toBe(b.free);
  expect(b.bankroll).toBe(b.realisedPlusOpen);
  if (b.open === 0) expect(b.bankroll).toBe(b.realised);
  return b;
}

describe('paper money adds up (issue 21 item 1)', () => {
  it('bankroll, realised capital and the trades agree across entry, liquidation, close and resolution', async () => {
    const a = prepareMarket(fake, 0);
    const b = prepareMarket(fake, 1);
    const h = await makeHarness(fake, {
      settings: { strategy: { takeProfitEnabled: false, stopLossEnabled: false } },
    });
    await expectAgreement(h);

    // Entry in two markets.
    await h.services.engine.enter(a.id);
    await h.services.engine.enter(b.id);
    expect((await expectAgreement(h)).open).toBe(2);

    // Market A: YES collapses, the losing side is liquidated.
    setYesBook(fake, a, [[0.3, 500]], [[0.32, 500]]);
    expect(await h.services.monitorPass(passContext().ctx)).toContain('1 liquidated');
    await expectAgreement(h);

    // Market A resolves NO while its NO shares are still held: the payout is back in the balance
    // in this very pass (its books vanish, Gamma is re-read at once).
    resolveMarket(fake.state, a, 1);
    const pass = passContext();
    expect(await h.services.monitorPass(pass.ctx)).toContain('1 resolved');
    expect(pass.degraded).toEqual([]);
    const [resolved] = (await h.store.positions.listClosed()).filter((p) => p.marketId === a.id);
    expect(resolved).toMatchObject({ status: 'closed', closeReason: 'resolution', sharesNo: 0 });
    const afterResolution = await expectAgreement(h);

    // Settling the same resolution twice (a worker killed before the row was written) pays once.
    const paper = await h.services.engine.reconcile();
    expect(paper.completed).toBe(0);
    expect((await books(h)).free).toBe(afterResolution.free);

    // Market B is closed by hand.
    const [openB] = await h.store.positions.listOpen();
    await h.services.engine.closePosition(openB?.id ?? '');
    const end = await expectAgreement(h);
    expect(end.open).toBe(0);
    // The next entry is sized from the right bankroll: everything is back in free cash.
    expect(end.bankroll).toBe(end.free);
    expect(end.free).toBe(end.realised);
  });
});
