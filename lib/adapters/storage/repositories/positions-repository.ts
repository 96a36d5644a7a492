import type { PositionsStore } from '../../../app/ports/store-port';
import { type PositionRow, positionRow } from '../../../core/model/rows/positions';
import type { EquilibrageDatabase } from '../database';

export class PositionsRepository implements PositionsStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async put(row: PositionRow): Promise<void> {
    await this.db.positions.put(positionRow.parse(row));
  }

  get(id: string): Promise<PositionRow | undefined> {
    return this.db.positions.get(id);
  }

  /** Positions still holding shares (or being opened): active, liquidated, opening. */
  listOpen(): Promise<PositionRow[]> {
    return this.db.positions.where('status').anyOf('opening', 'active', 'liquidated').sortBy('entryTime');
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
