import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { BookSnapshotsRepository } from '../../../lib/adapters/storage/repositories/book-snapshots-repository';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import {
  recordSnapshots,
  type SnapshotLimits,
  snapshotRow,
} from '../../../lib/app/research/record-snapshots';
import { withSnapshotRecording } from '../../../lib/app/research/recording-market-data';
import type { OrderBook } from '../../../lib/core/model/order-book';

let n = 0;
const dbs: EquilibrageDatabase[] = [];
function store(): Store {
  const db = new EquilibrageDatabase(`snapshots-${++n}-${Math.random()}`);
  dbs.push(db);
  return createStore(db, () => 0);
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function book(tokenId: string, depth = 3, mid = 500_000): OrderBook {
  const side = (dir: number) =>
    Array.from({ length: depth }, (_, i) => ({ price: mid + dir * (i + 1) * 10_000, size: 100_000_000 }));
  return {
    tokenId,
    market: 'm',
    bids: side(-1),
    asks: side(1),
    tickSize: 10_000,
    minOrderSize: 5_000_000,
    negRisk: false,
    lastTradePrice: mid,
    timestamp: 1,
    hash: 'h',
  };
}

const limits = (over: Partial<SnapshotLimits> = {}): SnapshotLimits => ({
  levels: 20,
  minIntervalMs: 0,
  maxAgeMs: 1_000_000,
  maxRows: 1_000,
  pruneEvery: 1,
  ...over,
});

describe('recordSnapshots', () => {
  it('keeps the best levels first, truncated, at the recorder clock', () => {
    const row = snapshotRow(book('a', 30), 42, 20);
    expect(row.id).toBe('a@42');
    expect(row.bids).toHaveLength(20);
    expect(row.bids[0]).toEqual([490_000, 100_000_000]);
    expect(row.asks[0]).toEqual([510_000, 100_000_000]);
    expect(row.minOrderSize).toBe(5_000_000);
  });

  it('writes one row per token and time, and reads them back ascending', async () => {
    const s = store();
    expect(await recordSnapshots(s, [book('a'), book('b'), book('a')], 100, limits())).toBe(2);
    await recordSnapshots(s, [book('a', 3, 400_000)], 50, limits());
    await recordSnapshots(s, [book('a', 3, 600_000)], 100, limits());
    const rows = await s.bookSnapshots.forToken('a');
    expect(rows.map((r) => [r.t, r.lastTradePrice])).toEqual([
      [50, 400_000],
      [100, 600_000],
    ]);
    expect(await s.bookSnapshots.forToken('a', 60, 200)).toHaveLength(1);
  });

  it('records a token at most once per interval', async () => {
    const s = store();
    const l = limits({ minIntervalMs: 30_000 });
    await recordSnapshots(s, [book('a')], 0, l);
    expect(await recordSnapshots(s, [book('a'), book('b')], 10_000, l)).toBe(1);
    expect(await recordSnapshots(s, [book('a')], 30_000, l)).toBe(1);
    expect((await s.bookSnapshots.forToken('a')).map((r) => r.t)).toEqual([0, 30_000]);
  });

  it('prunes by age, then the oldest beyond the row limit', async () => {
    const s = store();
    const l = limits({ maxAgeMs: 250, maxRows: 3 });
    for (const t of [0, 100, 200, 300, 400, 500]) await recordSnapshots(s, [book('a')], t, l);
    // At t=500: age prunes t < 250; the count limit keeps the 3 newest.
    expect((await s.bookSnapshots.forToken('a')).map((r) => r.t)).toEqual([300, 400, 500]);
    await recordSnapshots(s, [book('b'), book('c')], 600, l);
    expect(await s.bookSnapshots.count()).toBe(3);
  });

  it('records through the market-data decorator and never fails the read', async () => {
    const s = store();
    let now = 7;
    const inner = {
      books: async (ids: readonly string[]) => ids.map((id) => book(id)),
      markets: async () => new Map(),
    };
    const recording = withSnapshotRecording(inner, { store: s, clock: { now: () => now }, limits: limits() });
    expect(await recording.books(['x', 'y'])).toHaveLength(2);
    expect((await s.bookSnapshots.forToken('x')).map((r) => r.t)).toEqual([7]);
    now = 8;
    class Failing extends BookSnapshotsRepository {
      override latestTimes(): Promise<Map<string, number>> {
        return Promise.reject(new Error('disk'));
      }
    }
    const broken = withSnapshotRecording(inner, {
      store: { bookSnapshots: new Failing(s.db) },
      clock: { now: () => now },
      limits: limits({ minIntervalMs: 1 }),
    });
    expect(await broken.books(['x'])).toHaveLength(1);
  });
});
