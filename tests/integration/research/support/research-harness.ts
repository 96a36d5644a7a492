import { ClobReads } from '../../../../lib/adapters/polymarket/clob-reads';
import { createPolymarketClients } from '../../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../../lib/adapters/storage/store';
import type { MarketData } from '../../../../lib/app/ports/exchange-port';
import type { DatasetSources } from '../../../../lib/app/research/build-dataset';
import type { TradingServices } from '../../../../lib/app/trading/trading-services';
import { Logger } from '../../../../lib/log/logger';
import type { SettingsPatch } from '../../../../lib/settings/parse-settings';
import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';
import { testBackground } from '../../support/test-platform';

export interface ResearchHarness {
  store: Store;
  /** The trading engine's reads, recording every books batch as snapshots (as the lead wires it). */
  marketData: MarketData;
  services: TradingServices;
  sources: DatasetSources;
  logger: Logger;
}

let counter = 0;

/**
 * The paper trading stack over the fake as composeBackground builds it, with book snapshots recorded
 * on every read (no interval limit).
 */
export async function makeResearchHarness(
  fake: FakePolymarket,
  settings: SettingsPatch,
): Promise<ResearchHarness> {
  counter += 1;
  const clock = { now: () => fake.state.nowMs };
  const store = createStore(
    new EquilibrageDatabase(`research-${process.pid}-${counter}-${Math.random()}`),
    clock.now,
  );
  const endpoints = { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl };
  // The recorded sessions buy both order books (the replay's default): parity of the order path.
  const strategy = { entryMethod: 'books' as const, ...settings.strategy };
  const updated = await store.settings.update({ ...settings, strategy, endpoints });
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const clients = createPolymarketClients({ endpoints, maxAttempts: 1 });
  const logger = new Logger({ console: false, clock });
  let n = 0;
  const ids = { next: () => `r${counter}-${++n}` };
  const background = testBackground({
    store,
    clock,
    ids,
    clients,
    logger,
    tuning: {
      snapshotLimits: {
        levels: 20,
        minIntervalMs: 0,
        maxAgeMs: 30 * 86_400_000,
        maxRows: 100_000,
        pruneEvery: 1_000,
      },
    },
  });
  const { recordedMarketData: marketData, trading: services } = background;
  const clob = new ClobReads(clients.http);
  const sources: DatasetSources = {
    store,
    markets: (marketIds) => marketData.markets(marketIds),
    pricesHistory: (query) => clob.getPricesHistory(query),
  };
  return { store, marketData, services, sources, logger };
}
