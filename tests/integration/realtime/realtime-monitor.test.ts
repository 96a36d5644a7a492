import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { percentile } from '../../../lib/core/metrics/percentile';
import { withBookChanges } from '../../fake-polymarket/exchange/book-change-publisher.ts';
import { publishBooks } from '../../fake-polymarket/exchange/publish-books.ts';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import type { FakeMarket } from '../../fake-polymarket/state/market-model.ts';
import { prepareMarket, setYesBook } from '../trading/support/fake-books';
import { makeRealtimeHarness, type RealtimeHarness, until } from './support/realtime-harness';

let fake: FakePolymarket;
let marketIndex = 0;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 120, seed: 11, scriptedMarkets: 0 });
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});
afterAll(() => fake.close());

async function harness(options?: Parameters<typeof makeRealtimeHarness>[1]): Promise<RealtimeHarness> {
  const h = await makeRealtimeHarness(fake, options);
  stops.push(() => h.realtime.stop());
  return h;
}

async function enter(h: RealtimeHarness): Promise<{ market: FakeMarket; positionId: string }> {
  const market = prepareMarket(fake, marketIndex++);
  const { positionId = '' } = await h.services.engine.enter(market.id);
  expect((await h.store.positions.get(positionId))?.status).toBe('active');
  return { market, positionId };
}

/** YES falls to 0.31 (bids 0.30 / asks 0.32): a 38 % drop from 0.50, past the 30 % threshold. */
function crashYes(market: FakeMarket): void {
  withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]));
}

const liquidations = async (h: RealtimeHarness, positionId: string) =>
  (await h.store.orderIntents.listByPosition(positionId)).filter((i) => i.reason === 'liquidation');

describe('realtime monitor against the fake market websocket', () => {
  it('liquidates on a scripted price jump through the socket path, and times it', async () => {
    const h = await harness();
    const sends: number[] = [];
    const dones: number[] = [];
    for (let trial = 0; trial < 12; trial++) {
      const { market, positionId } = await enter(h);
      await (trial === 0 ? h.realtime.start() : h.realtime.sync());
      await until(
        () => h.realtime.status().state === 'live' && h.realtime.status().subscribedTokens.length === 2,
      );
      crashYes(market);
      await until(async () => (await h.store.positions.get(positionId))?.status === 'liquidated');
      const reaction = h.realtime.reactions().at(-1);
      expect(reaction).toMatchObject({
        positionId,
        kind: 'liquidate',
        trigger: 'realtime',
        outcome: 'acted',
      });
      expect(reaction?.toSendMs).not.toBeNull();
      sends.push(reaction?.toSendMs ?? Number.NaN);
      dones.push(reaction?.toDoneMs ?? Number.NaN);
      expect(await liquidations(h, positionId)).toHaveLength(1);
      await h.services.engine.closePosition(positionId);
      await h.realtime.sync();
    }
    // No alarm pass ran in this test: every liquidation came from the socket.
    expect(h.alarmPasses()).toBe(0);
    const fmt = (v: number | null) => (v === null ? '-' : `${v.toFixed(2)} ms`);
    process.stdout.write(
      `[realtime] socket event → order sent over ${sends.length} trials: p50 ${fmt(percentile(sends, 50))}, ` +
        `p99 ${fmt(percentile(sends, 99))}, max ${fmt(Math.max(...sends))}; ` +
        `→ fill recorded: p50 ${fmt(percentile(dones, 50))}, p99 ${fmt(percentile(dones, 99))}\n`,
    );
    expect(h.realtime.status().reactions.count).toBe(12);
  });

  it('takes profit through the socket too: liquidation, then the winner sold on the next jump', async () => {
    const h = await harness();
    await h.store.settings.update({ strategy: { takeProfit: 0.2 } });
    const { market, positionId } = await enter(h);
    await h.realtime.start();
    await until(() => h.realtime.status().state === 'live');
    crashYes(market);
    await until(async () => (await h.store.positions.get(positionId))?.status === 'liquidated');
    // NO bids 0.96: P&L ≈ +22 % ≥ 20 % → sell everything held.
    withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.02, 500]], [[0.04, 500]]));
    await until(async () => (await h.store.positions.get(positionId))?.status === 'closed');
    expect(await h.store.positions.get(positionId)).toMatchObject({
      closeReason: 'take_profit',
      sharesNo: 0,
    });
    expect(h.realtime.reactions().map((r) => [r.kind, r.outcome])).toEqual([
      ['liquidate', 'acted'],
      ['close', 'acted'],
    ]);
    expect(h.alarmPasses()).toBe(0);
    await until(() => h.realtime.status().state === 'idle'); // nothing open any more: socket closed
  });

  it('falls back to the alarm pass while the socket is down, then reconnects, resubscribes and checks REST', async () => {
    const h = await harness({ reconnectBaseDelayMs: 1_500 });
    const { market, positionId } = await enter(h);
    await h.realtime.start();
    await until(() => h.realtime.status().state === 'live');
    expect(h.realtime.status().snapshotChecks).toBe(1);

    fake.dropSockets();
    await until(() => h.realtime.status().state === 'down');
    expect(h.realtime.status().connected).toBe(false);
    crashYes(market); // nobody hears it
    expect(await h.alarmPass()).toContain('1 liquidated');
    expect((await h.store.positions.get(positionId))?.status).toBe('liquidated');

    await until(() => h.realtime.status().state === 'live', 8_000);
    const status = h.realtime.status();
    expect(status.reconnects).toBe(1);
    expect(status.snapshotChecks).toBe(2);
    expect(status.lastCheck).toMatchObject({ mismatched: [] });
    expect(status.subscribedTokens.sort()).toEqual(
      [market.tokens[0].tokenId, market.tokens[1].tokenId].sort(),
    );
    expect(h.statuses).toEqual(expect.arrayContaining(['open', 'reconnecting']));
    // The socket acted on nothing: the alarm pass had already liquidated.
    expect(h.realtime.reactions().filter((r) => r.outcome === 'acted')).toEqual([]);
    expect(await liquidations(h, positionId)).toHaveLength(1);

    // Resubscribed: events for the position flow again.
    const before = h.realtime.status().events;
    withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.29, 500]], [[0.31, 500]]));
    await until(() => h.realtime.status().events > before);
  });

  it('follows the set of open positions: 2 → 4 → 2 tokens, follows the URL setting, then closes the socket', async () => {
    const h = await harness();
    const a = await enter(h);
    await h.realtime.start();
    await until(() => h.realtime.status().state === 'live');
    expect(h.realtime.status().subscribedTokens).toHaveLength(2);

    const b = await enter(h);
    await h.realtime.sync();
    const tokensOf = (m: FakeMarket) => [m.tokens[0].tokenId, m.tokens[1].tokenId];
    expect(h.realtime.status().subscribedTokens.sort()).toEqual(
      [...tokensOf(a.market), ...tokensOf(b.market)].sort(),
    );

    await h.services.engine.closePosition(a.positionId);
    await h.realtime.sync();
    expect(h.realtime.status().subscribedTokens.sort()).toEqual(tokensOf(b.market).sort());
    // Unsubscribed for real (once the server has read the message): A's moves no longer arrive, B's do.
    await new Promise((r) => setTimeout(r, 50));
    const before = h.realtime.status().events;
    crashYes(a.market);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.realtime.status().events).toBe(before);
    crashYes(b.market);
    await until(async () => (await h.store.positions.get(b.positionId))?.status === 'liquidated');

    // The socket URL setting changes: the same sync reopens the socket there.
    await h.store.settings.update({ endpoints: { clobWsUrl: `${fake.wsMarketUrl}?v=2` } });
    await h.realtime.sync();
    await until(() => h.realtime.status().state === 'live');
    expect(h.opened).toEqual([fake.wsMarketUrl, `${fake.wsMarketUrl}?v=2`]);
    expect(h.realtime.status().subscribedTokens.sort()).toEqual(tokensOf(b.market).sort());

    await h.services.engine.closePosition(b.positionId);
    await h.realtime.sync();
    expect(h.realtime.status()).toMatchObject({ state: 'idle', connected: false, subscribedTokens: [] });
  });

  it('never liquidates twice when the alarm pass and the socket fire together', async () => {
    const h = await harness();
    const positions: string[] = [];
    for (let trial = 0; trial < 6; trial++) {
      const { market, positionId } = await enter(h);
      positions.push(positionId);
      await (trial === 0 ? h.realtime.start() : h.realtime.sync());
      await until(
        () => h.realtime.status().state === 'live' && h.realtime.status().subscribedTokens.length === 2,
      );
      // Alternate which one starts first.
      const alarm = trial % 2 === 0 ? h.alarmPass() : new Promise((r) => setTimeout(r, 0)).then(h.alarmPass);
      crashYes(market);
      await alarm;
      await until(async () => (await h.store.positions.get(positionId))?.status === 'liquidated');
      await new Promise((r) => setTimeout(r, 30)); // let any socket evaluation finish
      expect(await liquidations(h, positionId)).toHaveLength(1);
      await h.services.engine.closePosition(positionId);
      await h.realtime.sync();
    }
    const acted = h.realtime.reactions().filter((r) => r.outcome === 'acted').length;
    process.stdout.write(`[realtime] race trials: socket acted first in ${acted} of ${positions.length}\n`);
  });

  it('an alarm pass mid-liquidation holds the market lock: the socket decision waits and finds it done', async () => {
    let pause: Promise<void> | null = null;
    let release = () => {};
    let paused = false;
    const h = await harness({
      hooks: {
        afterStep: async (step) => {
          if (step !== 'intent_sent' || !pause) return;
          paused = true;
          await pause;
        },
      },
    });
    const { market, positionId } = await enter(h);
    await h.realtime.start();
    await until(() => h.realtime.status().state === 'live');
    pause = new Promise<void>((r) => {
      release = r;
    });
    setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]); // REST sees it, the socket not yet
    const alarm = h.alarmPass();
    await until(() => paused); // the alarm's liquidation order is on its way, under the market lock
    publishBooks(fake.state, market); // now the socket hears the crash
    await until(() => h.realtime.status().reactions.count === 0 && h.realtime.status().events > 0);
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await alarm).toContain('1 liquidated');
    await until(() => h.realtime.reactions().length === 1);
    expect(h.realtime.reactions()[0]).toMatchObject({
      kind: 'liquidate',
      outcome: 'already_handled',
      toSendMs: null,
    });
    expect(await liquidations(h, positionId)).toHaveLength(1);
  });

  it('settles a position at once when the socket says its market resolved (market_resolved)', async () => {
    const h = await harness();
    const { market, positionId } = await enter(h);
    await h.realtime.start();
    await until(() => h.realtime.status().state === 'live');
    resolveMarket(fake.state, market, 0);
    await until(async () => (await h.store.positions.get(positionId))?.status === 'closed');
    expect(await h.store.positions.get(positionId)).toMatchObject({ closeReason: 'resolution' });
    const payouts = (await h.store.trades.listByPosition(positionId)).filter(
      (t) => t.reason === 'resolution',
    );
    expect(payouts.map((t) => [t.side, t.price]).sort()).toEqual([
      ['no', 0],
      ['yes', 1_000_000],
    ]);
    // No alarm pass ran: the socket's message settled it.
    expect(h.alarmPasses()).toBe(0);
  });
});
