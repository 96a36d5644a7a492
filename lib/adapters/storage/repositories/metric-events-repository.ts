import type { EquilibrageDatabase } from '../database';
import type { MetricEventRow } from '../schema/metric-events';
import { pruneBounded } from './prune-bounded';

export const METRIC_EVENTS_MAX_AGE_MS = 7 * 24 * 3_600_000;
export const METRIC_EVENTS_MAX_ROWS = 5_000;

/** Websocket up/down/reconnect events, bounded (7 days, 5,000 rows). Rare: written one by one. */
export class MetricEventsRepository {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly maxAgeMs = METRIC_EVENTS_MAX_AGE_MS,
    private readonly maxRows = METRIC_EVENTS_MAX_ROWS,
  ) {}

  async add(row: MetricEventRow): Promise<void> {
    const { id: _id, ...rest } = row;
    await this.db.metricEvents.add(rest);
  }

  async since(from: number): Promise<MetricEventRow[]> {
    return this.db.metricEvents.where('at').aboveOrEqual(from).toArray();
  }

  /** The last event before `at` (to know whether the socket was up when a window starts). */
  async lastBefore(at: number): Promise<MetricEventRow | undefined> {
    return this.db.metricEvents.where('at').below(at).last();
  }

  prune(now: number): Promise<number> {
    return pruneBounded(this.db.metricEvents, now, this.maxAgeMs, this.maxRows);
  }
}
