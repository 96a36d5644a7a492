import type { TradesStore } from '../../../app/ports/store-port';
import { type TradeRow, tradeRow } from '../../../core/model/rows/trades';
import type { EquilibrageDatabase } from '../database';

export class TradesRepository implements TradesStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  async put(row: TradeRow): Promise<void> {
    await this.db.trades.put(tradeRow.parse(row));
  }

  listByPosition(positionId: string): Promise<TradeRow[]> {
    return this.db.trades.where('positionId').equals(positionId).sortBy('executedAt');
  }

  /** Newest first, within an optional time range. */
  list(range: { from?: number; to?: number } = {}): Promise<TradeRow[]> {
    return this.db.trades
      .where('executedAt')
      .between(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER, true, true)
      .reverse()
      .toArray();
  }
}
