import type { Store as AppStore, StoreCollection } from '../../app/ports/store-port';
import type { EquilibrageDatabase } from './database';
import { ApiMetricsRepository } from './repositories/api-metrics-repository';
import { BookSnapshotsRepository } from './repositories/book-snapshots-repository';
import { CrossVenueMatchesRepository } from './repositories/cross-venue-matches-repository';
import { LogsRepository } from './repositories/logs-repository';
import { MarketsRepository } from './repositories/markets-repository';
import { MetricEventsRepository } from './repositories/metric-events-repository';
import { OpportunitiesRepository } from './repositories/opportunities-repository';
import { OrderIntentsRepository } from './repositories/order-intents-repository';
import { PassLogRepository } from './repositories/pass-log-repository';
import { PositionsRepository } from './repositories/positions-repository';
import { PriceHistoryRepository } from './repositories/price-history-repository';
import { PriceReferencesRepository } from './repositories/price-references-repository';
import { RejectionsRepository } from './repositories/rejections-repository';
import { RuntimeStateRepository } from './repositories/runtime-state-repository';
import { ScoreSamplesRepository } from './repositories/score-samples-repository';
import { SettingsRepository } from './repositories/settings-repository';
import { TradesRepository } from './repositories/trades-repository';
import { WhalesRepository } from './repositories/whales-repository';

/**
 * Every repository over one database: lib/app's Store port (checked here at compile time), plus the
 * database itself and the metrics tables for the adapters, tests and the UI's live queries.
 */
export interface Store extends AppStore {
  db: EquilibrageDatabase;
  settings: SettingsRepository;
  passLog: PassLogRepository;
  positions: PositionsRepository;
  opportunities: OpportunitiesRepository;
  trades: TradesRepository;
  whales: WhalesRepository;
  runtime: RuntimeStateRepository;
  orderIntents: OrderIntentsRepository;
  markets: MarketsRepository;
  priceHistory: PriceHistoryRepository;
  rejections: RejectionsRepository;
  scoreSamples: ScoreSamplesRepository;
  apiMetrics: ApiMetricsRepository;
  metricEvents: MetricEventsRepository;
  logs: LogsRepository;
  bookSnapshots: BookSnapshotsRepository;
  priceReferences: PriceReferencesRepository;
  crossVenueMatches: CrossVenueMatchesRepository;
}

/** The Dexie table behind each collection of the Store port. */
const TABLE_OF: Record<StoreCollection, keyof EquilibrageDatabase> = {
  settings: 'config',
  passLog: 'passLog',
  positions: 'positions',
  opportunities: 'opportunities',
  trades: 'trades',
  whales: 'whales',
  runtime: 'runtimeState',
  orderIntents: 'orderIntents',
  markets: 'markets',
  priceHistory: 'priceHistory',
  rejections: 'rejections',
  scoreSamples: 'scoreSamples',
  logs: 'logs',
  bookSnapshots: 'bookSnapshots',
  priceReferences: 'priceReferences',
  crossVenueMatches: 'crossVenueMatches',
};

export function createStore(db: EquilibrageDatabase, now: () => number): Store {
  return {
    db,
    transaction: (collections, work) =>
      db.transaction(
        'rw',
        collections.map((c) => db.table(TABLE_OF[c])),
        work,
      ),
    settings: new SettingsRepository(db, now),
    passLog: new PassLogRepository(db),
    positions: new PositionsRepository(db),
    opportunities: new OpportunitiesRepository(db),
    trades: new TradesRepository(db),
    whales: new WhalesRepository(db),
    runtime: new RuntimeStateRepository(db, now),
    orderIntents: new OrderIntentsRepository(db),
    markets: new MarketsRepository(db, now),
    priceHistory: new PriceHistoryRepository(db),
    rejections: new RejectionsRepository(db),
    scoreSamples: new ScoreSamplesRepository(db),
    apiMetrics: new ApiMetricsRepository(db),
    metricEvents: new MetricEventsRepository(db),
    logs: new LogsRepository(db),
    bookSnapshots: new BookSnapshotsRepository(db),
    priceReferences: new PriceReferencesRepository(db),
    crossVenueMatches: new CrossVenueMatchesRepository(db),
  };
}
