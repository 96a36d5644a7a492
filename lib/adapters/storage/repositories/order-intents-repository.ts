import type { OrderIntentsStore } from '../../../app/ports/store-port';
import { type OrderIntentRow, orderIntentRow } from '../../../core/model/rows/order-intents';
import type { EquilibrageDatabase } from '../database';

export class OrderIntentsRepository implements OrderIntentsStore {
  constructor(private readonly db: EquilibrageDatabase) {}

  /** Durably record an intent before its order is sent. */
  async create(row: OrderIntentRow): Promise<void> {
    await this.db.orderIntents.add(orderIntentRow.parse(row));
  }

  async update(id: string, changes: Partial<OrderIntentRow>): Promise<void> {
    const current = await this.db.orderIntents.get(id);
    if (!current) throw new Error(`order intent ${id} not found`);
    await this.db.orderIntents.put(orderIntentRow.parse({ ...current, ...changes }));
  }

  get(id: string): Promise<OrderIntentRow | undefined> {
    return this.db.orderIntents.get(id);
  }

  /** Intents whose outcome is not known yet: they must be reconciled before anything else. */
  listUnresolved(): Promise<OrderIntentRow[]> {
    return this.db.orderIntents.where('status').anyOf('pending', 'sent', 'unknown').sortBy('createdAt');
  }

  listByPosition(positionId: string): Promise<OrderIntentRow[]> {
    return this.db.orderIntents.where('positionId').equals(positionId).sortBy('createdAt');
  }
}
