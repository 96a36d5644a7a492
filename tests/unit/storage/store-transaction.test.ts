import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { PriceReferenceRow } from '../../../lib/core/model/rows/price-references';

let db: EquilibrageDatabase;
let store: Store;
let n = 0;

beforeEach(async () => {
  db = new EquilibrageDatabase(`store-transaction-test-${++n}`);
  await db.open();
  store = createStore(db, () => 42);
});
afterEach(async () => {
  await db.delete();
});

function reference(marketId: string): PriceReferenceRow {
  return {
    marketId,
    yes: 400_000,
    no: 600_000,
    firstSeenAt: 1_000,
    enteredAt: { paper: null, live: null },
    lastYes: 400_000,
    lastNo: 600_000,
    lastSeenAt: 1_000,
  };
}

describe('Store.transaction (the port lib/app writes several collections through)', () => {
  it('lands every write of the work together and returns its value', async () => {
    const value = await store.transaction(['runtime', 'priceReferences'], async () => {
      await store.runtime.set('counter', 7);
      await store.priceReferences.observe(reference('m1'));
      return 'done';
    });
    expect(value).toBe('done');
    expect(await store.runtime.get('counter', z.number())).toBe(7);
    expect((await store.priceReferences.get('m1'))?.yes).toBe(400_000);
  });

  it('keeps none of the writes when the work fails midway, and rethrows its error', async () => {
    const work = store.transaction(['runtime', 'priceReferences'], async () => {
      await store.runtime.set('counter', 7);
      await store.priceReferences.observe(reference('m1'));
      throw new Error('position missing');
    });
    await expect(work).rejects.toThrow('position missing');
    expect(await store.runtime.get('counter', z.number())).toBeUndefined();
    expect(await store.priceReferences.get('m1')).toBeUndefined();
  });

  it('refuses a write to a collection the transaction did not name', async () => {
    const work = store.transaction(['runtime'], async () => {
      await store.runtime.set('counter', 7);
      await store.priceReferences.observe(reference('m1'));
    });
    await expect(work).rejects.toThrow();
    expect(await store.runtime.get('counter', z.number())).toBeUndefined();
    expect(await store.priceReferences.get('m1')).toBeUndefined();
  });
});
