import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPER_ACCOUNT_KEY, paperAccountSchema } from '../../../lib/adapters/exchange/paper-account';
import { buildDataset } from '../../../lib/app/research/build-dataset';
import { runAutoEntry } from '../../../lib/app/trading/auto-entry';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../../lib/core/backtest/engine';
import { DEFAULT_FILL_MODEL } from '../../../lib/core/backtest/fill-model';
import { createStrategy } from '../../../lib/core/strategies/registry';
import type { SingleSideKind } from '../../../lib/core/strategies/strategy-names';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket } from '../trading/support/fake-books';
import { opportunityRow } from '../trading/support/opportunity';
import { passContext } from '../trading/support/trading-harness';
import { type Step, setStep } from './support/price-steps';
import { makeResearchHarness } from './support/research-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 7, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const MINUTE = 60_000;

interface Case {
  strategy: SingleSideKind;
  /** YES best bid / ask at each pass (NO mirrors at 1 − p); the first is the reference. */
  steps: readonly Step[];
  side: 'yes' | 'no';
  entryStep: number;
  exit: 'take_profit' | 'stop_loss';
}

const CASES: readonly Case[] = [
  {
    // YES 50¢ → 56¢ (+12 %) → 62¢ (+24 %): momentum buys YES at 63¢, then YES 79¢ → take-profit.
    strategy: 'momentum',
    steps: [
      [0.49, 0.51],
      [0.55, 0.57],
      [0.61, 0.63],
      [0.7, 0.72],
      [0.79, 0.81],
    ],
    side: 'yes',
    entryStep: 2,
    exit: 'take_profit',
  },
  {
    // YES 50¢ → 44¢ → 38¢: NO rose, YES fell 24 %: mean reversion buys YES at 39¢; YES 30¢ → stop-loss.
    strategy: 'mean_reversion',
    steps: [
      [0.49, 0.51],
      [0.43, 0.45],
      [0.37, 0.39],
      [0.34, 0.36],
      [0.29, 0.31],
    ],
    side: 'yes',
    entryStep: 2,
    exit: 'stop_loss',
  },
];

describe('single-side strategies: live paper session ↔ backtest parity', () => {
  it.each(CASES)('$strategy: the paper session and its replay enter, exit and earn the same', async (c) => {
    const market = prepareMarket(fake, CASES.indexOf(c));
    market.history = [];
    const h = await makeResearchHarness(fake, {
      autoEntry: true,
      strategy: { kind: c.strategy, divergenceThreshold: 0.2, takeProfit: 0.2, stopLoss: 0.15 },
    });
    const settings = () => h.store.settings.get();
    const start = fake.state.nowMs;
    await h.store.opportunities.upsertMany([opportunityRow(market, 9)]);
    const entries: string[][] = [];
    for (const [i, step] of c.steps.entries()) {
      if (i > 0) fake.state.nowMs += MINUTE;
      setStep(fake, market, step);
      // The scan pass's auto-entry, then the monitor pass, as the alarms run them.
      const auto = await runAutoEntry({
        store: h.store,
        engine: h.services.engine,
        settings,
        logger: h.logger,
      });
      entries.push(auto.entered);
      await h.services.monitorPass(passContext().ctx);
    }
    // Entered exactly once, at the step where the move reached 20 %, never again after the exit.
    expect(entries.map((e) => e.length)).toEqual(c.steps.map((_, i) => (i === c.entryStep ? 1 : 0)));
    const reference = await h.store.priceReferences.get(market.id);
    expect(reference).toMatchObject({ yes: 500_000, no: 500_000, firstSeenAt: start });
    const [position] = await h.store.positions.all();
    expect(position).toMatchObject({ strategy: c.strategy, status: 'closed', closeReason: c.exit });
    expect(c.side === 'yes' ? position?.sharesNo : position?.sharesYes).toBe(0);
    expect(c.side === 'yes' ? position?.capitalNo : position?.capitalYes).toBe(0);
    const trades = await h.store.trades.listByPosition(position?.id ?? '');
    expect(trades.map((t) => [t.action, t.side, t.reason])).toEqual([
      ['buy', c.side, 'entry'],
      ['sell', c.side, c.exit],
    ]);
    const account = await h.store.runtime.get(PAPER_ACCOUNT_KEY, paperAccountSchema);
    const paperPnl = (account?.collateral ?? 0) - 1_000_000_000;
    expect(paperPnl).toBe(position?.pnl);

    const built = await buildDataset(h.sources, {
      marketIds: [market.id],
      range: { startMs: start, endMs: fake.state.nowMs },
      fidelityMinutes: 1,
    });
    const result = runBacktest(
      compileDataset(built.dataset),
      createStrategy(c.strategy, (await settings()).strategy),
      {
        ...DEFAULT_ENGINE_SETTINGS,
        initialCash: 1_000,
        fill: { ...DEFAULT_FILL_MODEL, maxBookAgeMs: 5 * MINUTE },
      },
    );
    const backtestPnl = result.finalEquity - result.initialCash;
    console.info(
      `parity ${c.strategy}: paper P&L ${paperPnl / 1e6} USD, backtest ${backtestPnl / 1e6} USD; fills ${JSON.stringify(result.fills)}`,
    );
    expect(result.fills.synthetic).toBe(0);
    expect(result.trades).toHaveLength(1);
    expect(result.trades[0]?.entryTime).toBe(position?.entryTime);
    expect(result.exits.map((e) => e.reason)).toEqual([c.exit]);
    expect(Math.abs(backtestPnl - paperPnl)).toBeLessThanOrEqual(Math.abs(paperPnl) * 0.01);
    expect(result.trades[0]?.pnl).toBe(position?.pnl);
    expect(result.trades[0]?.fees).toBe(position?.feesPaid);
  });
});
