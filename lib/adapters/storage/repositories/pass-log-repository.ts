import type { PassLogStore } from '../../../app/ports/store-port';
import { type PassLogRow, type PassName, passLogRow, passNames } from '../../../core/model/rows/pass-log';
import type { EquilibrageDatabase } from '../database';

/** Pass runs: one row per run, kept bounded. */
export class PassLogRepository implements PassLogStore {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly keepPerPass = 500,
  ) {}

  async put(row: PassLogRow): Promise<void> {
    await this.db.passLog.put(passLogRow.parse(row));
  }

  async latest(pass: PassName): Promise<PassLogRow | undefined> {
    return this.db.passLog
      .where('[pass+startedAt]')
      .between([pass, 0], [pass, Number.MAX_SAFE_INTEGER])
      .last();
  }

  /** The last run of every pass (for the popup's status dots). */
  async latestPerPass(): Promise<Partial<Record<PassName, PassLogRow>>> {
    const out: Partial<Record<PassName, PassLogRow>> = {};
    for (const pass of passNames) {
      const row = await this.latest(pass);
      if (row) out[pass] = row;
    }
    return out;
  }

  async recent(limit: number): Promise<PassLogRow[]> {
    return this.db.passLog.orderBy('startedAt').reverse().limit(limit).toArray();
  }

  /** Drop the oldest rows beyond `keepPerPass` for a pass. */
  async prune(pass: PassName): Promise<number> {
    const keys = await this.db.passLog
      .where('[pass+startedAt]')
      .between([pass, 0], [pass, Number.MAX_SAFE_INTEGER])
      .reverse()
      .offset(this.keepPerPass)
      .primaryKeys();
    await this.db.passLog.bulkDelete(keys);
    return keys.length;
  }
}
