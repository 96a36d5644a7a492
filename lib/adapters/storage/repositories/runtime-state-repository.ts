import type { z } from 'zod';
import type { RuntimeStore } from '../../../app/ports/store-port';
import type { EquilibrageDatabase } from '../database';

/** Named runtime values, each read through its own zod schema (a bad value reads as absent). */
export class RuntimeStateRepository implements RuntimeStore {
  constructor(
    private readonly db: EquilibrageDatabase,
    private readonly now: () => number,
  ) {}

  async get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined> {
    const row = await this.db.runtimeState.get(key);
    if (!row) return undefined;
    const parsed = schema.safeParse(row.value);
    return parsed.success ? parsed.data : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.runtimeState.put({ key, value, updatedAt: this.now() });
  }

  async delete(key: string): Promise<void> {
    await this.db.runtimeState.delete(key);
  }
}
