import type { EquilibrageDatabase } from '../database';
import type { ApiMetricRow } from '../schema/api-metrics';
import { pruneBounded } from './prune-bounded';

export const API_METRICS_MAX_AGE_MS = 24 * 3_600_000;
export const API_METRICS_MAX_ROWS = 20_000;

/** Recorded HTTP attempts, bounded to the last 24 h and 20,000 rows. Written in batches. */
export class ApiMetricsRepository {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly maxAgeMs = API_METRICS_MAX_AGE_MS,
    private readonly maxRows = API_METRICS_MAX_ROWS,
  ) {}

  async addMany(rows: readonly ApiMetricRow[]): Promise<void> {
    if (rows.length > 0) await this.db.apiMetrics.bulkAdd(rows.map(({ id: _id, ...row }) => row));
  }

  /** Rows with `at` ≥ from, oldest first. */
  async since(from: number): Promise<ApiMetricRow[]> {
    return this.db.apiMetrics.where('at').aboveOrEqual(from).toArray();
  }

  count(): Promise<number> {
    return this.db.apiMetrics.count();
  }

  prune(now: number): Promise<number> {
    return pruneBounded(this.db.apiMetrics, now, this.maxAgeMs, this.maxRows);
  }
}
