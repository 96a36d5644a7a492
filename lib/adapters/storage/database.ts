import { Dexie, type Table } from 'dexie';
import type { BookSnapshotRow } from '../../core/model/rows/book-snapshots';
import type { CrossVenueMatchRow } from '../../core/model/rows/cross-venue-matches';
import type { LogRow } from '../../core/model/rows/logs';
import type { OpportunityRow } from '../../core/model/rows/opportunities';
import type { OrderIntentRow } from '../../core/model/rows/order-intents';
import type { PassLogRow } from '../../core/model/rows/pass-log';
import type { PositionRow } from '../../core/model/rows/positions';
import type { PriceHistoryRow } from '../../core/model/rows/price-history';
import type { PriceReferenceRow } from '../../core/model/rows/price-references';
import type { RejectionRow } from '../../core/model/rows/rejections';
import type { ScoreSampleRow } from '../../core/model/rows/score-samples';
import type { TradeRow } from '../../core/model/rows/trades';
import type { WhaleRow } from '../../core/model/rows/whales';
import { migrations } from './migrations';
import type { ApiMetricRow } from './schema/api-metrics';
import type { ConfigRow } from './schema/config';
import type { MarketCacheRow } from './schema/markets';
import type { MetricEventRow } from './schema/metric-events';
import type { RuntimeStateRow } from './schema/runtime-state';

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
  crossVenueMatches!: Table<CrossVenueMatchRow, string>;

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
