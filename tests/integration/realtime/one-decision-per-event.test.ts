import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withBookChanges } from '../../fake-polymarket/exchange/book-change-publisher.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';
import { makeRealtimeHarness, until } from './support/realtime-harness';

// Count every decision the product takes (both monitors decide through core decidePosition).
const decisions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/core/rules/decide', async (original) => {
  const actual = await original<typeof import('../../../lib/core/rules/decide')>();
  return {
    ...actual,
    decidePosition: (...args: Parameters<typeof actual.decidePosition>) => {
      decisions.count += 1;
      return actual.decidePosition(...args);
    },
  };
});

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 23, scriptedMarkets: 0 });
});
afterAll(() => fake.close());

describe('websocket path: one read of the position and one decision per event', () => {
  it('a quiet move reads the row once and decides once; a crash decides once, then re-checks the liquidated row', async () => {
    let sent = () => {};
    const h = await makeRealtimeHarness(fake, {
      hooks: { afterStep: (step) => (step === 'intent_written' ? sent() : undefined) },
    });
    const reads = { position: 0, settings: 0 };
    const get = h.store.positions.get.bind(h.store.positions);
    h.store.positions.get = (id: string) => {
      reads.position += 1;
      return get(id);
    };
    const settingsGet = h.store.settings.get.bind(h.store.settings);
    h.store.settings.get = () => {
      reads.settings += 1;
      return settingsGet();
    };
    try {
      const market = prepareMarket(fake, 0);
      const { positionId = '' } = await h.services.engine.enter(market.id);
      await h.realtime.start();
      await until(() => h.realtime.status().state === 'live');
      await new Promise((r) => setTimeout(r, 50)); // the catch-up evaluation after going live
      const count = () => ({ ...reads, decisions: decisions.count });
      const zero = () => {
        reads.position = 0;
        reads.settings = 0;
        decisions.count = 0;
      };

      // A small move (YES 0.50 → 0.48): nothing to do.
      zero();
      const events = h.realtime.status().events;
      withBookChanges(fake.state, market, () =>
        setYesBook(
          fake,
          market,
          [
            [0.48, 500],
            [0.47, 500],
          ],
          [
            [0.49, 500],
            [0.5, 500],
          ],
        ),
      );
      await until(() => h.realtime.status().events > events && decisions.count > 0);
      await new Promise((r) => setTimeout(r, 50));
      expect(count()).toEqual({ position: 1, settings: 1, decisions: 1 });
      expect(h.realtime.reactions()).toEqual([]);

      // A crash: one decision (liquidate) on the one read, the order sent as decided, then the
      // same-pass re-check on the row the fill left (holds: within limits).
      zero();
      let atSend: ReturnType<typeof count> | null = null;
      sent = () => {
        atSend ??= count();
      };
      withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]));
      await until(async () => (await get(positionId))?.status === 'liquidated');
      await until(() => h.realtime.reactions().length === 1);
      await new Promise((r) => setTimeout(r, 50));
      expect(atSend).toEqual({ position: 1, settings: 1, decisions: 1 });
      expect(decisions.count).toBe(2);
      expect(h.realtime.reactions().map((r) => [r.kind, r.outcome])).toEqual([['liquidate', 'acted']]);
    } finally {
      await h.realtime.stop();
    }
  });
});
