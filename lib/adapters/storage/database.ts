import { Dexie, type Table } from 'dexie';
import { migrations } from './migrations';
import type { ApiMetricRow } from './schema/api-metrics';
import type { BookSnapshotRow } from './schema/book-snapshots';
import type { ConfigRow } from './schema/config';
import type { LogRow } from './schema/logs';
import type { MarketCacheRow } from './schema/markets';
import type { MetricEventRow } from './schema/metric-events';
import type { OpportunityRow } from './schema/opportunities';
import type { OrderIntentRow } from './schema/order-intents';
import type { PassLogRow } from './schema/pass-log';
import type { PositionRow } from './schema/positions';
import type { PriceHistoryRow } from './schema/price-history';
import type { PriceReferenceRow } from './schema/price-references';
import type { RejectionRow } from './schema/rejections';
import type { RuntimeStateRow } from './schema/runtime-state';
import type { ScoreSampleRow } from './schema/score-samples';
import type { TradeRow } from './schema/trades';
import type { WhaleRow } from './schema/whales';

export const DATABASE_NAME = 'equilibrage';

/** The one IndexedDB database. Only repositories (./repositories) touch its tables. */
export class EquilibrageDatabase extends Dexie {
  positions!: Table<PositionRow, string>;
  opportunities!: Table<OpportunityRow, string>;
  config!: Table<ConfigRow, string>;
  trades!: Table<TradeRow, string>;
  whales!: Table<WhaleRow, string>;
  orderIntents!: Table<OrderIntentRow, string>;
  markets!: Table<MarketCacheRow, string>;
  priceHistory!: Table<PriceHistoryRow, string>;
  passLog!: Table<PassLogRow, string>;
  rejections!: Table<RejectionRow, string>;
  runtimeState!: Table<RuntimeStateRow, string>;
  apiMetrics!: Table<ApiMetricRow, number>;
  metricEvents!: Table<MetricEventRow, number>;
  logs!: Table<LogRow, number>;
  scoreSamples!: Table<ScoreSampleRow, string>;
  bookSnapshots!: Table<BookSnapshotRow, string>;
  priceReferences!: Table<PriceReferenceRow, string>;

  constructor(name: string = DATABASE_NAME, upTo: number = Number.POSITIVE_INFINITY) {
    super(name);
    for (const m of migrations) {
      if (m.version > upTo) break;
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

let shared: EquilibrageDatabase | undefined;

/** The database of this extension context (background, popup, options, dashboard). */
export function openDatabase(): EquilibrageDatabase {
  shared ??= new EquilibrageDatabase();
  return shared;
}
