import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { PositionRow } from '../../../lib/core/model/rows/positions';

let db: EquilibrageDatabase;
let store: Store;
let n = 0;

beforeEach(async () => {
  db = new EquilibrageDatabase(`positions-list-open-${++n}`);
  await db.open();
  store = createStore(db, () => 42);
});
afterEach(async () => {
  await db.delete();
});

const STATUSES = ['opening', 'active', 'liquidated', 'closed'] as const;

describe('positions.listOpen (read by every monitor pass)', () => {
  it('lists exactly the open positions, by entry time, ties in the same order as the status index', async () => {
    // Rows written as raw table rows: only the indexed fields matter to the query.
    const rows = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String((i * 7) % 40).padStart(2, '0')}`,
      status: STATUSES[i % 4],
      entryTime: Math.floor(i / 3) * 1_000, // three rows share each entry time
      marketId: `m${i}`,
    })) as unknown as PositionRow[];
    await db.positions.bulkAdd(rows);
    const listed = await store.positions.listOpen();
    const reference = await db.positions
      .where('status')
      .anyOf('opening', 'active', 'liquidated')
      .sortBy('entryTime');
    expect(listed.map((p) => p.id)).toEqual(reference.map((p) => p.id));
    expect(listed).toHaveLength(30);
    expect(listed.every((p) => p.status !== 'closed')).toBe(true);
  });
});
