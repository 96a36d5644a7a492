import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';

const name = 'migration-v5-test';
afterEach(async () => {
  await new EquilibrageDatabase(name).delete();
});

describe('migration v5 (book snapshots)', () => {
  it('keeps v4 data and adds the bookSnapshots table with its indexes', async () => {
    const v4 = new EquilibrageDatabase(name, 4);
    await v4.open();
    await v4.table('runtimeState').put({ key: 'k', value: { a: 1 }, updatedAt: 1 });
    expect(v4.tables.map((t) => t.name)).not.toContain('bookSnapshots');
    v4.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    expect(await db.table('runtimeState').count()).toBe(1);
    const store = createStore(db, () => 5);
    const row = {
      tokenId: 't1',
      bids: [[490_000, 1_000_000] as [number, number]],
      asks: [],
      tickSize: 10_000,
      minOrderSize: 0,
      lastTradePrice: null,
    };
    await store.bookSnapshots.putMany([
      { ...row, id: 't1@20', t: 20 },
      { ...row, id: 't1@10', t: 10 },
    ]);
    expect((await store.bookSnapshots.forToken('t1')).map((r) => r.t)).toEqual([10, 20]);
    expect(await store.bookSnapshots.prune(30, 15, 100)).toBe(1);
    db.close();
  });
});
