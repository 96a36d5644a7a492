import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';

const name = 'migration-v3-test';
afterEach(async () => {
  await new EquilibrageDatabase(name).delete();
});

describe('migration v3 (score samples)', () => {
  it('keeps v2 data and adds the scoreSamples table with its indexes', async () => {
    const v2 = new EquilibrageDatabase(name, 2);
    await v2.open();
    await v2.table('whales').add({
      id: 'w1',
      walletAddress: '0xabc',
      name: null,
      totalVolume: 1,
      tradeCount: 1,
      marketsActive: 1,
      lastTradeTime: 1,
      firstSeenAt: 1,
      tracked: true,
      patterns: {},
      updatedAt: 1,
    });
    expect(v2.tables.map((t) => t.name)).not.toContain('scoreSamples');
    v2.close();

    const db = new EquilibrageDatabase(name);
    await db.open();
    const store = createStore(db, () => 5);
    expect(await store.whales.tracked()).toHaveLength(1);
    await store.scoreSamples.putMany([
      {
        id: 's1',
        marketId: 'm1',
        conditionId: '0x1',
        score: 8,
        entryPrice: 500_000,
        scoredAt: 100,
        laterPrice: null,
        resolved: false,
        settledAt: null,
      },
    ]);
    expect((await store.scoreSamples.pendingBefore(200)).map((s) => s.id)).toEqual(['s1']);
    expect((await store.scoreSamples.latestByMarket(['m1'])).get('m1')?.score).toBe(8);
    db.close();
  });
});
