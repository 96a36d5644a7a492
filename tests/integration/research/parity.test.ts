import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { MARKET_REFRESH_MS } from '../../../lib/app/market-data/market-facts';
import { buildDataset } from '../../../lib/app/research/build-dataset';
import { runAutoEntry } from '../../../lib/app/trading/auto-entry';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../../lib/core/backtest/engine';
import { DEFAULT_FILL_MODEL } from '../../../lib/core/backtest/fill-model';
import { createStrategy } from '../../../lib/core/strategies/registry';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket } from '../trading/support/fake-books';
import { opportunityRow } from '../trading/support/opportunity';
import { passContext } from '../trading/support/trading-harness';
import { type Step, setStep } from './support/price-steps';
import { makeResearchHarness } from './support/research-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 5, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const MINUTE = 60_000;
// A: divergence (YES 0.31) → liquidate YES, then NO climbs to 0.96 → take profit.
const TAKE_PROFIT: readonly Step[] = [
  [0.49, 0.51],
  [0.45, 0.47],
  [0.3, 0.32],
  [0.2, 0.22],
  [0.02, 0.04],
];
// B: divergence (NO 0.31) → liquidate NO, then YES falls back to 0.43 → stop loss.
const STOP_LOSS: readonly Step[] = [
  [0.49, 0.51],
  [0.55, 0.57],
  [0.68, 0.7],
  [0.6, 0.62],
  [0.43, 0.45],
];

describe('paper ↔ backtest parity', () => {
  it('replays a recorded paper session through the backtester to the same P&L and exits', async () => {
    const a = prepareMarket(fake, 0);
    const b = prepareMarket(fake, 1);
    a.history = [];
    b.history = [];
    const settings = { autoEntry: true, strategy: { takeProfit: 0.2, stopLoss: 0.15 } };
    const h = await makeResearchHarness(fake, settings);
    const start = fake.state.nowMs;
    await h.store.opportunities.upsertMany([opportunityRow(a, 9), opportunityRow(b, 8)]);
    const auto = await runAutoEntry({
      store: h.store,
      engine: h.services.engine,
      settings: () => h.store.settings.get(),
      logger: h.logger,
    });
    expect(auto.entered).toEqual([a.id, b.id]);

    const summaries: string[] = [];
    for (let i = 0; i < TAKE_PROFIT.length; i++) {
      fake.state.nowMs += MINUTE;
      setStep(fake, a, TAKE_PROFIT[i] as Step);
      setStep(fake, b, STOP_LOSS[i] as Step);
      summaries.push((await h.services.monitorPass(passContext().ctx)) ?? '');
    }
    expect(summaries.filter((line) => line.includes('2 liquidated'))).toHaveLength(1);
    const positions = await h.store.positions.all();
    expect(positions.map((p) => [p.marketId, p.status, p.closeReason]).sort()).toEqual(
      [
        [a.id, 'closed', 'take_profit'],
        [b.id, 'closed', 'stop_loss'],
      ].sort(),
    );
    const account = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
    const paperPnl = (account?.collateral ?? 0) - 1_000_000_000;
    expect(paperPnl).toBe(positions.reduce((sum, p) => sum + p.pnl, 0));

    // The dataset from what the session recorded (+ the /prices-history the fake now serves).
    const built = await buildDataset(h.sources, {
      // Dataset order is not entry order: the recorded scores decide, as in the auto-entry.
      marketIds: [b.id, a.id],
      range: { startMs: start, endMs: fake.state.nowMs },
      fidelityMinutes: 1,
    });
    expect(built.missingMarkets).toEqual([]);
    expect(built.snapshots).toBeGreaterThanOrEqual(2 * 2 * (TAKE_PROFIT.length + 1));

    const strategy = createStrategy('balancing', (await h.store.settings.get()).strategy);
    const result = runBacktest(compileDataset(built.dataset), strategy, {
      ...DEFAULT_ENGINE_SETTINGS,
      initialCash: 1_000,
      fill: { ...DEFAULT_FILL_MODEL, maxBookAgeMs: 5 * MINUTE },
    });
    const backtestPnl = result.finalEquity - result.initialCash;
    const paperTrades = (await Promise.all(positions.map((p) => h.store.trades.listByPosition(p.id)))).flat();
    const paperExits = paperTrades
      .filter((t) => t.action === 'sell')
      .map((t) => t.reason)
      .sort();
    const backtestExits = result.exits.map((e) => e.reason).sort();
    console.info(
      `parity: paper P&L ${paperPnl / 1e6} USD, backtest P&L ${backtestPnl / 1e6} USD, difference ${(backtestPnl - paperPnl) / 1e6} USD; fills ${JSON.stringify(result.fills)}`,
    );
    expect(backtestExits).toEqual(paperExits);
    expect(result.fills.synthetic).toBe(0);
    expect(Math.abs(backtestPnl - paperPnl)).toBeLessThanOrEqual(Math.abs(paperPnl) * 0.01);
    for (const position of positions) {
      const trade = result.trades.find((t) => t.marketId === position.marketId);
      expect(trade?.pnl).toBe(position.pnl);
      expect(trade?.fees).toBe(position.feesPaid);
    }
  });

  it('holds the winner to resolution (TP/SL off) and replays the payout from the recorded outcome', async () => {
    const c = prepareMarket(fake, 2);
    c.history = [];
    const h = await makeResearchHarness(fake, {
      autoEntry: true,
      strategy: { takeProfitEnabled: false, stopLossEnabled: false },
    });
    const start = fake.state.nowMs;
    await h.store.opportunities.upsertMany([opportunityRow(c, 9)]);
    const settings = () => h.store.settings.get();
    expect(
      (await runAutoEntry({ store: h.store, engine: h.services.engine, settings, logger: h.logger })).entered,
    ).toEqual([c.id]);
    for (const step of [
      [0.3, 0.32],
      [0.1, 0.12],
    ] as const) {
      fake.state.nowMs += MINUTE;
      setStep(fake, c, step);
      await h.services.monitorPass(passContext().ctx);
    }
    // The monitor re-reads a market's facts at most every MARKET_REFRESH_MS before its end date.
    fake.state.nowMs += MARKET_REFRESH_MS + MINUTE;
    const scheduledEnd = c.endDateMs;
    resolveMarket(fake.state, c, 1);
    // Gamma keeps a market's scheduled endDate when it resolves early (the fake moves it to now; the
    // dataset's eligibility window would then reject the entry the paper session made).
    c.endDateMs = scheduledEnd;
    expect(await h.services.monitorPass(passContext().ctx)).toContain('1 resolved');
    const [position] = await h.store.positions.all();
    expect(position).toMatchObject({ status: 'closed', closeReason: 'resolution', liquidatedSide: 'yes' });

    const built = await buildDataset(h.sources, {
      marketIds: [c.id],
      range: { startMs: start, endMs: fake.state.nowMs },
      fidelityMinutes: 1,
    });
    // Gamma gives no resolution time: the dataset reveals the outcome at the scheduled end.
    expect(built.dataset.markets[0]?.resolution).toEqual({ outcome: 1, resolvedAt: scheduledEnd });
    const result = runBacktest(
      compileDataset(built.dataset),
      createStrategy('balancing', (await settings()).strategy),
      {
        ...DEFAULT_ENGINE_SETTINGS,
        initialCash: 1_000,
        fill: { ...DEFAULT_FILL_MODEL, maxBookAgeMs: 5 * MINUTE },
      },
    );
    expect(result.exits.map((e) => e.reason)).toEqual(['liquidation', 'resolution']);
    expect(result.trades[0]?.pnl).toBe(position?.pnl);
    expect(result.finalEquity - result.initialCash).toBe(position?.pnl);
  });
});
