import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/core/backtest/compiled-dataset';
import type { BookSnapshot, Dataset } from '../../../lib/core/backtest/dataset';
import { DEFAULT_ENGINE_SETTINGS, runBacktest } from '../../../lib/core/backtest/engine';
import { DEFAULT_FILL_MODEL } from '../../../lib/core/backtest/fill-model';
import { toMicros } from '../../../lib/core/model/money';
import { createStrategy } from '../../../lib/core/strategies/registry';
import { withBookChanges } from '../../fake-polymarket/exchange/book-change-publisher.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { makeRealtimeHarness, until } from '../realtime/support/realtime-harness';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 17, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

const MINUTE = 60_000;
type Levels = ReadonlyArray<readonly [price: number, shares: number]>;
/** The YES book at entry (prepareMarket's) and after the crash; NO mirrors it at 1 − p. */
const ENTRY: { bids: Levels; asks: Levels } = {
  bids: [
    [0.5, 500],
    [0.49, 500],
  ],
  asks: [
    [0.5, 500],
    [0.51, 500],
  ],
};
// YES mark 0.35 (−30 %): sell YES at 0.31; NO then bids 0.61: 0.31 + 0.61 − fees vs ≈ 1.02 a pair
// ≈ −11.6 %, past a 5 % stop-loss at once.
const CRASH: { bids: Levels; asks: Levels } = { bids: [[0.31, 500]], asks: [[0.39, 500]] };

/** One token's snapshot at t, in the dataset's terms (NO: the YES levels mirrored). */
function snapshot(t: number, book: { bids: Levels; asks: Levels }, side: 'yes' | 'no'): BookSnapshot {
  const level = ([price, size]: readonly [number, number]) => ({
    price: toMicros(side === 'yes' ? price : 1 - price),
    size: toMicros(size),
  });
  return side === 'yes'
    ? { t, bids: book.bids.map(level), asks: book.asks.map(level) }
    : { t, bids: book.asks.map(level), asks: book.bids.map(level) };
}

describe('websocket monitor ↔ backtest parity: the same-pass re-check after a liquidation', () => {
  it('liquidates and stops the loss in ONE socket event, as the backtest does at ONE price point', async () => {
    const h = await makeRealtimeHarness(fake);
    try {
      // The replay below buys both books (its default): the session does too.
      await h.store.settings.update({ strategy: { stopLoss: 0.05, entryMethod: 'books' } });
      const market = prepareMarket(fake, 0);
      const t0 = fake.state.nowMs;
      const { positionId = '' } = await h.services.engine.enter(market.id);
      expect((await h.store.positions.get(positionId))?.status).toBe('active');
      await h.realtime.start();
      await until(() => h.realtime.status().state === 'live');

      fake.state.nowMs += MINUTE;
      const t1 = fake.state.nowMs;
      withBookChanges(fake.state, market, () => setYesBook(fake, market, CRASH.bids, CRASH.asks));
      await until(async () => (await h.store.positions.get(positionId))?.status === 'closed');
      const position = await h.store.positions.get(positionId);
      expect(position).toMatchObject({ closeReason: 'stop_loss', liquidatedSide: 'yes', sharesNo: 0 });
      // Both orders came from the one socket event: no alarm pass, no second event.
      const reactions = h.realtime.reactions();
      expect(reactions.map((r) => [r.kind, r.outcome])).toEqual([
        ['liquidate', 'acted'],
        ['close', 'acted'],
      ]);
      expect(new Set(reactions.map((r) => r.eventAt)).size).toBe(1);
      expect(h.alarmPasses()).toBe(0);
      const sells = (await h.store.trades.listByPosition(positionId)).filter((t) => t.action === 'sell');

      // The same price path, replayed: entry book at t0, crash book at t1.
      const [yes, no] = market.tokens;
      const dataset: Dataset = {
        markets: [
          {
            id: market.id,
            question: market.question,
            yesTokenId: yes.tokenId,
            noTokenId: no.tokenId,
            feeRate: 0.04,
            tickSize: 10_000,
            endTime: market.endDateMs,
            resolution: null,
          },
        ],
        prices: {
          [yes.tokenId]: [
            { t: t0, p: 500_000 },
            { t: t1, p: 350_000 },
          ],
          [no.tokenId]: [
            { t: t0, p: 500_000 },
            { t: t1, p: 650_000 },
          ],
        },
        books: {
          [yes.tokenId]: [snapshot(t0, ENTRY, 'yes'), snapshot(t1, CRASH, 'yes')],
          [no.tokenId]: [snapshot(t0, ENTRY, 'no'), snapshot(t1, CRASH, 'no')],
        },
      };
      const strategy = createStrategy('balancing', (await h.store.settings.get()).strategy);
      const result = runBacktest(compileDataset(dataset), strategy, {
        ...DEFAULT_ENGINE_SETTINGS,
        initialCash: 1_000,
        fill: { ...DEFAULT_FILL_MODEL, maxBookAgeMs: 5 * MINUTE },
      });
      expect(result.fills.synthetic).toBe(0);
      // The backtest liquidates and stops the loss at the crash point itself, like the socket.
      expect(result.exits.map((e) => [e.reason, e.time])).toEqual([
        ['liquidation', t1],
        ['stop_loss', t1],
      ]);
      expect(sells.map((t) => t.reason)).toEqual(['liquidation', 'stop_loss']);
      expect(result.exits.map((e) => e.netProceeds)).toEqual(sells.map((t) => t.amount - t.fee));
      expect(result.trades[0]).toMatchObject({ pnl: position?.pnl, fees: position?.feesPaid });
    } finally {
      await h.realtime.stop();
    }
  });
});
