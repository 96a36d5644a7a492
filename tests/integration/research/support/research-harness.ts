import { marketDataFromClients } from '../../../../lib/adapters/exchange/clients-market-data';
import { createExchangeProviders } from '../../../../lib/adapters/exchange/exchange-provider';
import { ClobReads } from '../../../../lib/adapters/polymarket/clob-reads';
import { createPolymarketClients } from '../../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../../lib/adapters/storage/store';
import type { MarketData } from '../../../../lib/app/ports/exchange-port';
import type { DatasetSources } from '../../../../lib/app/research/build-dataset';
import { withSnapshotRecording } from '../../../../lib/app/research/recording-market-data';
import { createTradingServices, type TradingServices } from '../../../../lib/app/trading/trading-services';
import { Logger } from '../../../../lib/log/logger';
import type { SettingsPatch } from '../../../../lib/settings/parse-settings';
import type { FakePolymarket } from '../../../fake-polymarket/start-fake-polymarket.ts';

export interface ResearchHarness {
  store: Store;
  /** The trading engine's reads, recording every books batch as snapshots (as the lead wires it). */
  marketData: MarketData;
  services: TradingServices;
  sources: DatasetSources;
  logger: Logger;
}

let counter = 0;

/** The paper trading stack over the fake, with book snapshots recorded on every read (no interval limit). */
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
  const updated = await store.settings.update({ ...settings, endpoints });
  if (!updated.ok) throw new Error(JSON.stringify(updated.issues));
  const clients = createPolymarketClients({ endpoints, maxAttempts: 1 });
  const logger = new Logger({ console: false, clock });
  const marketData = withSnapshotRecording(
    marketDataFromClients(() => clients),
    {
      store,
      clock,
      logger,
      limits: {
        levels: 20,
        minIntervalMs: 0,
        maxAgeMs: 30 * 86_400_000,
        maxRows: 100_000,
        pruneEvery: 1_000,
      },
    },
  );
  let n = 0;
  const ids = { next: () => `r${counter}-${++n}` };
  const providers = createExchangeProviders({ store, marketData, clock });
  const services = createTradingServices({
    store,
    marketData,
    exchangeFor: providers.exchangeFor,
    resetPaper: providers.resetPaper,
    clock,
    ids,
    logger,
  });
  const clob = new ClobReads(clients.http);
  const sources: DatasetSources = {
    store,
    markets: (marketIds) => marketData.markets(marketIds),
    pricesHistory: (query) => clob.getPricesHistory(query),
  };
  return { store, marketData, services, sources, logger };
}
