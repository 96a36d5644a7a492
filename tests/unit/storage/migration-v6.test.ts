import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { positionRow } from '../../../lib/core/model/rows/positions';

const name = 'migration-v6-test';
afterEach(async () => {
  await new EquilibrageDatabase(name).delete();
});

const v5Position = {
  id: 'p1',
  marketId: 'm1',
  marketName: 'Will it rain?',
  conditionId: '0xc',
  eventId: null,
  yesTokenId: 'y',
  noTokenId: 'n',
  yesLabel: 'Yes',
  noLabel: 'No',
  entryTime: 10,
  entryPriceYes: 500_000,
  entryPriceNo: 500_000,
  capitalYes: 50_000_000,
  capitalNo: 50_000_000,
  sharesYes: 100_000_000,
  sharesNo: 100_000_000,
  currentPriceYes: null,
  currentPriceNo: null,
  status: 'active',
  liquidatedSide: null,
  realisedProceeds: 0,
  feesPaid: 0,
  pnl: 0,
  mode: 'paper',
  closeReason: null,
  closedAt: null,
  updatedAt: 10,
};

describe('migration v6 (several live strategies)', () => {
  it('marks every earlier position as a balancing one and adds the price references table', async () => {
    const v5 = new EquilibrageDatabase(name, 5);
    await v5.open();
    await v5.table('positions').put(v5Position);
    expect(v5.tables.map((t) => t.name)).not.toContain('priceReferences');
    v5.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    const store = createStore(db, () => 20);
    const migrated = await store.positions.get('p1');
    expect(migrated?.strategy).toBe('balancing');
    expect(positionRow.safeParse(migrated).success).toBe(true);

    const first = {
      marketId: 'm1',
      yes: 400_000,
      no: 600_000,
      firstSeenAt: 20,
      enteredAt: { paper: null, live: null },
      lastYes: 400_000,
      lastNo: 600_000,
      lastSeenAt: 20,
    };
    await store.priceReferences.observe(first);
    // The first sighting wins: a later look updates only the latest marks.
    const again = await store.priceReferences.observe({
      ...first,
      yes: 450_000,
      lastYes: 450_000,
      lastSeenAt: 30,
    });
    expect(again).toMatchObject({ yes: 400_000, lastYes: 450_000, firstSeenAt: 20, lastSeenAt: 30 });
    expect((await store.priceReferences.watching('paper', 10)).map((r) => r.marketId)).toEqual(['m1']);
    await store.priceReferences.markEntered('m1', 'paper', 40);
    expect(await store.priceReferences.watching('paper', 10)).toEqual([]);
    expect((await store.priceReferences.watching('live', 10)).map((r) => r.marketId)).toEqual(['m1']);
    await store.priceReferences.markEntered('m1', 'paper', null);
    expect((await store.priceReferences.get('m1'))?.enteredAt).toEqual({ paper: null, live: null });
    db.close();
  });
});
