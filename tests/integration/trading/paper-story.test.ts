import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAutoEntry } from '../../../lib/app/trading/auto-entry';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from './support/fake-books';
import { opportunityRow } from './support/opportunity';
import { makeHarness, passContext } from './support/trading-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 5, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

describe('paper trading: the whole story against the fake', () => {
  it('auto-enters 50/50, liquidates the losing side on divergence, takes profit on the winner', async () => {
    const market = prepareMarket(fake, 0);
    const h = await makeHarness(fake, { settings: { autoEntry: true, strategy: { takeProfit: 0.2 } } });
    await h.store.opportunities.upsertMany([opportunityRow(market, 8)]);

    const auto = await runAutoEntry({
      store: h.store,
      engine: h.services.engine,
      settings: () => h.store.settings.get(),
      logger: h.logger,
    });
    expect(auto.entered).toEqual([market.id]);
    const [entered] = await h.store.positions.listOpen();
    // Capital 10 % of 1000 = 100 → 50 a side; the fee (98 × 0.04 × 0.25 = 0.98) shrinks each budget to 49 → 98 shares at 0.50.
    expect(entered).toMatchObject({
      status: 'active',
      mode: 'paper',
      entryPriceYes: 500_000,
      entryPriceNo: 500_000,
      sharesYes: 98_000_000,
      sharesNo: 98_000_000,
      capitalYes: 49_980_000,
      capitalNo: 49_980_000,
      feesPaid: 1_960_000,
    });

    // YES falls to 0.31 (bids 0.30 / asks 0.32): a 38 % drop ≥ 30 % → sell YES.
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
    const first = passContext();
    expect(await h.services.monitorPass(first.ctx)).toContain('1 liquidated');
    const liquidated = await h.store.positions.get(entered?.id ?? '');
    // 98 × 0.30 = 29.40, fee 98 × 0.04 × 0.3 × 0.7 = 0.8232.
    expect(liquidated).toMatchObject({
      status: 'liquidated',
      liquidatedSide: 'yes',
      sharesYes: 0,
      realisedProceeds: 28_576_800,
    });

    // NO rises to bid 0.96: P&L = 28.5768 + 98 × 0.96 − 0.15053 − 99.96 = 22.54627 ≥ 20 % → take profit.
    setYesBook(fake, market, [[0.02, 500]], [[0.04, 500]]);
    expect(await h.services.monitorPass(passContext().ctx)).toContain('1 closed');
    const closed = await h.store.positions.get(entered?.id ?? '');
    expect(closed).toMatchObject({
      status: 'closed',
      closeReason: 'take_profit',
      sharesNo: 0,
      realisedProceeds: 122_506_270,
      pnl: 22_546_270,
      feesPaid: 1_960_000 + 823_200 + 150_530,
    });
    const trades = (await h.store.trades.listByPosition(entered?.id ?? '')).map((t) => [
      t.reason,
      t.side,
      t.action,
      t.status,
      t.shares,
      t.amount,
      t.fee,
      t.price,
    ]);
    expect(trades).toEqual([
      ['entry', 'yes', 'buy', 'filled', 98_000_000, 49_000_000, 980_000, 500_000],
      ['entry', 'no', 'buy', 'filled', 98_000_000, 49_000_000, 980_000, 500_000],
      ['liquidation', 'yes', 'sell', 'filled', 98_000_000, 29_400_000, 823_200, 300_000],
      ['take_profit', 'no', 'sell', 'filled', 98_000_000, 94_080_000, 150_530, 960_000],
    ]);
    const paper = await h.services.engine.reconcile();
    expect(paper).toEqual({ completed: 0, failed: 0, deferred: 0, resumed: 0 });
    // 1000 − 99.96 + 28.5768 + 93.92947 = 1022.54627
    const { PAPER_ACCOUNT_KEY, paperAccountSchema } = await import(
      '../../../lib/adapters/exchange/paper-account'
    );
    expect((await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema))?.collateral).toBe(
      1_022_546_270,
    );
  });
});
