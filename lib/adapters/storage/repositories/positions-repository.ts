import type { PositionsStore } from '../../../app/ports/store-port';
import { type PositionRow, positionRow } from '../../../core/model/rows/positions';
import type { EquilibrageDatabase } from '../database';

/** The open statuses in the status index's key order. */
const OPEN_STATUSES = ['active', 'liquidated', 'opening'] as const;

export class PositionsRepository implements PositionsStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async put(row: PositionRow): Promise<void> {
    await this.db.positions.put(positionRow.parse(row));
  }

  get(id: string): Promise<PositionRow | undefined> {
    return this.db.positions.get(id);
  }

  /** Positions still holding shares (or being opened): active, liquidated, opening. */
  /**
   * Open positions by entry time. One `equals` read per open status, in the index's key order, then a
   * stable sort: the same rows in the same order as `anyOf(…).sortBy('entryTime')`, at a tenth of the
   * CPU (anyOf walks its ranges slowly: 6 ms against 0.7 ms for 100 open of 400 rows in fake-indexeddb).
   */
  async listOpen(): Promise<PositionRow[]> {
    const open: PositionRow[] = [];
    for (const status of OPEN_STATUSES)
      open.push(...(await this.db.positions.where('status').equals(status).toArray()));
    return open.sort((a, b) => a.entryTime - b.entryTime);
  }

  listClosed(): Promise<PositionRow[]> {
    return this.db.positions.where('status').equals('closed').reverse().sortBy('closedAt');
  }

  listByMarket(marketId: string): Promise<PositionRow[]> {
    return this.db.positions.where('marketId').equals(marketId).toArray();
  }

  all(): Promise<PositionRow[]> {
    return this.db.positions.orderBy('entryTime').reverse().toArray();
  }
}
