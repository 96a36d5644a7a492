import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { loadWatchList } from '../../../lib/app/trading/watch-list';
import type { PriceReferenceRow } from '../../../lib/core/model/rows/price-references';
import { makeMarket } from '../core/support/markets';

let db: EquilibrageDatabase;
let store: Store;
let n = 0;
beforeEach(() => {
  db = new EquilibrageDatabase(`watch-list-${++n}`);
  store = createStore(db, () => 1_000);
});
afterEach(() => db.delete());

const market = makeMarket();
const look = (over: Partial<PriceReferenceRow>): PriceReferenceRow => ({
  marketId: market.id,
  yes: 500_000,
  no: 500_000,
  firstSeenAt: 100,
  enteredAt: { paper: null, live: null },
  lastYes: 500_000,
  lastNo: 500_000,
  lastSeenAt: 100,
  ...over,
});

describe('the single-side watch list', () => {
  it('keeps the first sighting as the reference and shows the latest look and its progress', async () => {
    await store.markets.upsertMany([market]);
    await store.priceReferences.observe(look({}));
    // A later look moves the latest marks, never the reference.
    await store.priceReferences.observe(
      look({ yes: 600_000, lastYes: 600_000, lastNo: 400_000, lastSeenAt: 500 }),
    );
    await store.priceReferences.observe(
      look({ marketId: 'traded', firstSeenAt: 200, enteredAt: { paper: 300, live: null } }),
    );

    const [watched, ...rest] = await loadWatchList(store, 'momentum', 0.3, 'paper');
    expect(rest).toEqual([]);
    expect(watched).toMatchObject({
      marketId: market.id,
      question: market.question,
      yesLabel: 'KVC Westerlo',
      firstSeenAt: 100,
      reference: { yes: 500_000, no: 500_000 },
      marks: { yes: 600_000, no: 400_000 },
      marksAt: 500,
      progress: { side: 'yes' },
    });
    // YES +20 % of the 30 % needed.
    expect(watched?.progress?.progress).toBeCloseTo(2 / 3, 12);
    expect(await loadWatchList(store, 'balancing', 0.3, 'paper')).toEqual([]);
    // A move traded in paper is still watched for live trading.
    expect((await loadWatchList(store, 'momentum', 0.3, 'live')).map((w) => w.marketId)).toEqual([
      'traded',
      market.id,
    ]);
  });

  it('names a market it has no cached record of by its id', async () => {
    await store.priceReferences.observe(look({ marketId: 'm-unknown' }));
    expect((await loadWatchList(store, 'mean_reversion', 0.3, 'paper'))[0]).toMatchObject({
      question: 'm-unknown',
      yesLabel: 'Yes',
      progress: { progress: 0 },
    });
  });
});
