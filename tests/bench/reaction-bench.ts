import { withBookChanges } from '../fake-polymarket/exchange/book-change-publisher.ts';
import { type FakePolymarket, startFakePolymarket } from '../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { atMost, type BenchRow, row } from './support/bench-row';
import { reactionHarness, until } from './support/reaction-harness';
import { spread } from './support/stats';

const TRIALS = 50;
const LATENCY_MS = 100;
const ALARM_PERIOD_MS = 30_000;

type Path = 'websocket' | 'alarm';
interface Trial {
  internalMs: number;
  endToEndMs: number;
}

/**
 * One trial: enter a live position at 0 latency, set the fake's latency, move the YES book past the
 * divergence threshold (published on the market socket as price_change), and time until the fake
 * RECEIVES the liquidation POST /order (its request log arrival time, ms resolution). "internal" is
 * event in → exchange.send called (send clock, monotonic), taken from the same trial.
 */
async function trials(fake: FakePolymarket, path: Path, latencyMs: number, offset: number): Promise<Trial[]> {
  const h = await reactionHarness(fake);
  if (path === 'websocket') await h.realtime.start();
  const out: Trial[] = [];
  try {
    for (let i = 0; i < TRIALS; i++) {
      fake.faults.setLatency(0);
      const market = prepareMarket(fake, offset + i);
      await h.services.engine.enter(market.id);
      if (path === 'websocket') {
        await h.realtime.sync();
        await until(() => h.realtime.status().state === 'live');
        await new Promise((r) => setTimeout(r, 20)); // the subscription's book dump has landed
      }
      fake.faults.setLatency(latencyMs);
      fake.requestLog.reset();
      const reactions = h.realtime.reactions().length;
      const wall0 = Date.now();
      const mono0 = performance.now();
      withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]));
      if (path === 'alarm')
        await h.services.monitorPass({
          passId: 'alarm',
          signal: new AbortController().signal,
          addRequests: () => {},
          degrade: () => {},
        });
      await until(() => fake.requestLog.count('POST', '/order') > 0);
      const received = fake.requestLog.find('POST', '/order')[0]?.time ?? Number.NaN;
      let internal = Number.NaN;
      if (path === 'websocket') {
        await until(() => h.realtime.reactions().length > reactions);
        internal = h.realtime.reactions().at(-1)?.toSendMs ?? Number.NaN;
      } else internal = (h.sends.sentSince(market.tokens[0].tokenId, mono0) ?? Number.NaN) - mono0;
      out.push({ internalMs: internal, endToEndMs: received - wall0 });
    }
  } finally {
    await h.realtime.stop();
    fake.faults.setLatency(0);
    await h.db.delete();
  }
  return out;
}

export async function reactionBench(): Promise<BenchRow[]> {
  const fake = await startFakePolymarket({
    markets: 900,
    seed: 5,
    scriptedMarkets: 0,
    initialCollateralUsdc: 100_000,
  });
  try {
    const ws0 = spread((await trials(fake, 'websocket', 0, 0)).map((t) => t.internalMs));
    const al0 = spread((await trials(fake, 'alarm', 0, TRIALS)).map((t) => t.internalMs));
    const wsL = spread((await trials(fake, 'websocket', LATENCY_MS, 2 * TRIALS)).map((t) => t.endToEndMs));
    const alL = spread((await trials(fake, 'alarm', LATENCY_MS, 3 * TRIALS)).map((t) => t.endToEndMs));
    const base = `${TRIALS} trials, live mode (real clob-client signing), fake in process`;
    const ws = `websocket path: price_change on the fake's market socket → realtime-monitor.ts → engine.decideAndApply`;
    const alarm = `alarm path: the monitor pass run as the alarm fires, right after the move (the wait for the ${ALARM_PERIOD_MS / 1000} s alarm is NOT included; it adds U(0, ${ALARM_PERIOD_MS / 1000} s): p50 +${ALARM_PERIOD_MS / 2000} s, p99 +${((ALARM_PERIOD_MS * 0.99) / 1000).toFixed(1)} s)`;
    const internalHow =
      'event in (socket message arrival, or pass start) → exchange.send called (send clock, performance.now), 0 ms latency';
    const e2eHow = `book moved on the fake → POST /order arrival in the fake's request log (Date.now, 1 ms resolution), ${LATENCY_MS} ms injected on every HTTP request (the fake's socket pushes get none)`;
    return [
      row('reaction', 'websocket internal p50', ws0.p50, 'ms', `${ws}; ${internalHow}; ${base}`),
      row(
        'reaction',
        'websocket internal p99',
        ws0.p99,
        'ms',
        `${ws}; ${internalHow}; ${base}`,
        atMost(50, 'ms'),
      ),
      row('reaction', 'alarm internal p50', al0.p50, 'ms', `${alarm}; ${internalHow}; ${base}`),
      row(
        'reaction',
        'alarm internal p99',
        al0.p99,
        'ms',
        `${alarm}; ${internalHow}; ${base}`,
        atMost(50, 'ms'),
      ),
      row(
        'reaction',
        'internal p50 ratio alarm/websocket',
        al0.p50 / ws0.p50,
        '×',
        'alarm internal p50 ÷ websocket internal p50',
      ),
      row('reaction', 'websocket end to end p50', wsL.p50, 'ms', `${ws}; ${e2eHow}; ${base}`),
      row(
        'reaction',
        'websocket end to end p99',
        wsL.p99,
        'ms',
        `${ws}; ${e2eHow}; ${base}`,
        atMost(300, 'ms'),
      ),
      row(
        'reaction',
        'alarm end to end p50 (alarm wait excluded)',
        alL.p50,
        'ms',
        `${alarm}; ${e2eHow}; ${base}`,
      ),
      row(
        'reaction',
        'alarm end to end p99 (alarm wait excluded)',
        alL.p99,
        'ms',
        `${alarm}; ${e2eHow}; ${base}`,
        atMost(300, 'ms'),
      ),
      row(
        'reaction',
        'alarm end to end p99 incl. alarm wait',
        alL.p99 + ALARM_PERIOD_MS * 0.99,
        'ms',
        `measured p99 + p99 of the uniform ${ALARM_PERIOD_MS / 1000} s alarm phase (analytic)`,
        atMost(300, 'ms'),
      ),
      row(
        'reaction',
        'end to end p50 ratio alarm(incl. wait)/websocket',
        (alL.p50 + ALARM_PERIOD_MS / 2) / wsL.p50,
        '×',
        'alarm p50 incl. the mean 15 s alarm wait ÷ websocket p50',
      ),
    ];
  } finally {
    await fake.close();
  }
}
