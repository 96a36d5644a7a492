import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { LATEST_VERSION } from '../../../lib/adapters/storage/migrations';
import { positionRow } from '../../../lib/core/model/rows/positions';
import { tradeRow } from '../../../lib/core/model/rows/trades';

let counter = 0;
const names: string[] = [];
function freshName(): string {
  const name = `migration-test-${++counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await new EquilibrageDatabase(name).delete();
});

describe('database migrations', () => {
  it('opens a new database at the latest version with every table', async () => {
    const db = new EquilibrageDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [
        'apiMetrics',
        'bookSnapshots',
        'config',
        'crossVenueMatches',
        'logs',
        'markets',
        'metricEvents',
        'opportunities',
        'orderIntents',
        'passLog',
        'positions',
        'priceHistory',
        'priceReferences',
        'rejections',
        'runtimeState',
        'scoreSamples',
        'trades',
        'whales',
      ].sort(),
    );
    db.close();
  });

  it("upgrades v1 rows (the product design fields) so they satisfy today's schemas", async () => {
    const name = freshName();
    const v1 = new EquilibrageDatabase(name, 1);
    await v1.open();
    await v1.table('positions').add({
      id: 'p1',
      marketId: 'm1',
      marketName: 'Will it rain in Paris?',
      entryTime: 1_700_000_000_000,
      entryPriceYes: 480_000,
      entryPriceNo: 530_000,
      capitalYes: 50_000_000,
      capitalNo: 50_000_000,
      sharesYes: 104_166_660,
      sharesNo: 94_339_620,
      currentPriceYes: 500_000,
      currentPriceNo: 510_000,
      status: 'active',
      liquidatedSide: null,
      pnl: 0,
    });
    await v1.table('trades').add({
      id: 't1',
      positionId: 'p1',
      side: 'yes',
      action: 'buy',
      price: 480_000,
      amount: 50_000_000,
      shares: 104_166_660,
      fee: 0,
      transactionHash: null,
      orderId: '0xabc',
      status: 'filled',
      executedAt: 1_700_000_000_000,
    });
    await v1
      .table('opportunities')
      .add({ id: 'o1', marketId: 'm1', marketName: 'x', score: 7, detectedAt: 1 });
    v1.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    const position = await db.positions.get('p1');
    expect(positionRow.safeParse(position).success).toBe(true);
    expect(position).toMatchObject({
      mode: 'paper',
      feesPaid: 0,
      realisedProceeds: 0,
      closeReason: null,
      updatedAt: 1_700_000_000_000,
    });
    const trade = await db.trades.get('t1');
    expect(tradeRow.safeParse(trade).success).toBe(true);
    expect(trade).toMatchObject({ intentId: 't1', reason: 'entry', mode: 'paper' });
    expect(await db.opportunities.count()).toBe(0);
    // New indexes work on migrated rows.
    expect(await db.positions.where('status').equals('active').count()).toBe(1);
    db.close();
  });
});
