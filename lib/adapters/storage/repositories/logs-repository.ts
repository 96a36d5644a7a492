import type { LogsStore } from '../../../app/ports/store-port';
import type { LogRow } from '../../../core/model/rows/logs';
import type { EquilibrageDatabase } from '../database';
import { pruneBounded } from './prune-bounded';

export const LOGS_MAX_ROWS = 5_000;
export const LOGS_MAX_AGE_MS = 7 * 24 * 3_600_000;

/** Redacted log lines that survive worker restarts, for the Health view and "export logs". */
export class LogsRepository implements LogsStore {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly maxRows = LOGS_MAX_ROWS,
    private readonly maxAgeMs = LOGS_MAX_AGE_MS,
  ) {}

  async addMany(rows: readonly LogRow[]): Promise<void> {
    if (rows.length > 0) await this.db.logs.bulkAdd(rows.map(({ id: _id, ...row }) => row));
  }

  /** The newest `limit` lines, oldest first. */
  async recent(limit: number): Promise<LogRow[]> {
    const rows = await this.db.logs.orderBy(':id').reverse().limit(limit).toArray();
    return rows.reverse();
  }

  /** JSON Lines of the newest `limit` lines, oldest first (same shape as Logger.exportJsonLines). */
  async exportJsonLines(limit = this.maxRows): Promise<string> {
    return (await this.recent(limit))
      .map(({ time, level, scope, message, fields }) =>
        JSON.stringify({ time, level, scope, message, fields }),
      )
      .join('\n');
  }

  prune(now: number): Promise<number> {
    return pruneBounded(this.db.logs, now, this.maxAgeMs, this.maxRows);
  }

  async clear(): Promise<void> {
    await this.db.logs.clear();
  }
}
