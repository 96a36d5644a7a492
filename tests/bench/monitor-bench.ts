import { marketDataFromClients } from '../../lib/adapters/exchange/clients-market-data';
import { createExchangeProviders } from '../../lib/adapters/exchange/exchange-provider';
import { createPolymarketClients } from '../../lib/adapters/polymarket/polymarket-clients';
import { createTradingServices } from '../../lib/app/trading/trading-services';
import { Logger } from '../../lib/log/logger';
import { atMost, type BenchRow, row } from './support/bench-row';
import { benchStore, countingContext } from './support/bench-store';
import { startFakeProcess } from './support/fake-process';
import { countsByEndpoint } from './support/peak-rate';
import { measured, percentile } from './support/stats';

const POSITIONS = 100;
const START = Date.UTC(2026, 5, 1);
const PASSES = 5;

/** One monitor pass over 100 open paper positions (nothing to do: every position holds). */
export async function monitorBench(): Promise<BenchRow[]> {
  const fake = await startFakeProcess({ markets: 400, seed: 3, scriptedMarkets: 0, startTimeMs: START });
  try {
    const { db, store } = await benchStore(() => START);
    const updated = await store.settings.update({
      endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
      strategy: { maxPositions: POSITIONS, capitalAllocationPercent: 0.1 },
      limits: { maxTotalExposureUsd: 1e8, dailyLossLimitUsd: null },
      paper: { startingBalanceUsd: 100_000 },
    });
    if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
    const clients = createPolymarketClients({ endpoints: fake });
    const marketData = marketDataFromClients(() => clients);
    const clock = { now: () => START };
    const providers = createExchangeProviders({ store, marketData, clock });
    let n = 0;
    const services = createTradingServices({
      store,
      marketData,
      exchangeFor: providers.exchangeFor,
      resetPaper: providers.resetPaper,
      clock,
      ids: { next: () => `b-${++n}` },
      logger: new Logger({ console: false, clock }),
    });
    for (const id of await fake.prepare(POSITIONS)) await services.engine.enter(id);
    const open = (await store.positions.listOpen()).length;
    await services.monitorPass(countingContext('warm-up'));
    const cpu: number[] = [];
    const wall: number[] = [];
    let requests = 0;
    let counts = '';
    let summary = '';
    for (let i = 0; i < PASSES; i++) {
      await fake.reset();
      const run = await measured(() => services.monitorPass(countingContext(`m-${i}`)));
      const calls = await fake.log();
      requests = calls.length;
      counts = Object.entries(countsByEndpoint(calls))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      summary = String(run.value);
      cpu.push(run.cpuMs);
      wall.push(run.wallMs);
    }
    await db.delete();
    const how = `services.monitorPass (reconcile, markets, batched books, decide, re-price) over ${open} open paper positions entered through the engine; fake in a child process, no latency; after one warm-up pass, median of ${PASSES}`;
    return [
      row(
        'monitor',
        `requests, ${open} positions`,
        requests,
        'req',
        `fake request log: ${counts}; ${summary}`,
        atMost(2, 'req'),
      ),
      row(
        'monitor',
        `CPU, ${open} positions`,
        percentile(cpu, 50),
        'ms',
        `process.cpuUsage around the pass (store writes included); ${how}`,
        atMost(20, 'ms'),
      ),
      row('monitor', `wall, ${open} positions`, percentile(wall, 50), 'ms', how),
    ];
  } finally {
    await fake.close();
  }
}
