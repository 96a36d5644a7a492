import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import type { OpportunityRow } from '../../../lib/core/model/rows/opportunities';
import type { PassLogRow } from '../../../lib/core/model/rows/pass-log';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

let db: EquilibrageDatabase;
let store: Store;
let n = 0;

beforeEach(async () => {
  db = new EquilibrageDatabase(`repo-test-${++n}`);
  await db.open();
  store = createStore(db, () => 42);
});
afterEach(async () => {
  await db.delete();
});

const factor = { raw: 1, normalised: 0.5, weight: 0.3, missing: false };
function opportunity(marketId: string, score: number, detectedAt = 100): OpportunityRow {
  return {
    id: `o-${marketId}-${detectedAt}`,
    marketId,
    marketName: `Market ${marketId}`,
    slug: `market-${marketId}`,
    eventSlug: null,
    conditionId: `0x${marketId}`,
    score,
    liquidity: 20_000_000_000,
    volume24h: 8_000_000_000,
    whaleActivityScore: 0.1,
    newsRelevanceScore: 0,
    volatilityScore: 0.4,
    liquidityScore: 0.6,
    factors: {
      liquidity: factor,
      volatility: factor,
      whales: factor,
      news: { ...factor, missing: true, normalised: 0 },
    },
    missing: ['news'],
    midYes: 500_000,
    midNo: 500_000,
    endTime: null,
    detectedAt,
    scanId: 's1',
  };
}

describe('settings repository', () => {
  it('reads the defaults before anything is saved', async () => {
    expect(await store.settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a valid change and never saves an invalid one', async () => {
    const ok = await store.settings.update({ strategy: { divergenceThreshold: 0.4 } });
    expect(ok.ok).toBe(true);
    const bad = await store.settings.update({ strategy: { divergenceThreshold: 4 } });
    expect(bad.ok).toBe(false);
    expect((await store.settings.get()).strategy.divergenceThreshold).toBe(0.4);
  });

  it('resets to the defaults', async () => {
    await store.settings.update({ killSwitch: true });
    await store.settings.reset();
    expect((await store.settings.get()).killSwitch).toBe(false);
  });
});

describe('opportunities repository', () => {
  it('keeps one row per market, replaced by the latest scan, best first', async () => {
    await store.opportunities.upsertMany([opportunity('a', 5), opportunity('b', 8)]);
    await store.opportunities.upsertMany([opportunity('a', 9, 200)]);
    const top = await store.opportunities.top(10);
    expect(top.map((o) => [o.marketId, o.score])).toEqual([
      ['a', 9],
      ['b', 8],
    ]);
  });

  it("replaces a whole scan (hundreds of rows) by market, keeping each market's row id", async () => {
    const first = Array.from({ length: 300 }, (_, i) => opportunity(`m${i}`, 5, 100));
    await store.opportunities.upsertMany(first);
    const ids = new Map((await store.opportunities.all()).map((o) => [o.marketId, o.id]));
    await store.opportunities.upsertMany(Array.from({ length: 300 }, (_, i) => opportunity(`m${i}`, 6, 200)));
    const after = await store.opportunities.all();
    expect(after).toHaveLength(300);
    expect(after.every((o) => o.score === 6 && ids.get(o.marketId) === o.id)).toBe(true);
  });

  it('prunes stale opportunities', async () => {
    await store.opportunities.upsertMany([opportunity('a', 5, 100), opportunity('b', 8, 300)]);
    expect(await store.opportunities.pruneOlderThan(200)).toBe(1);
    expect((await store.opportunities.all()).map((o) => o.marketId)).toEqual(['b']);
  });

  it('rejects a row whose score is outside 1–10', async () => {
    await expect(store.opportunities.upsertMany([opportunity('a', 11)])).rejects.toThrow();
  });
});

describe('pass log repository', () => {
  const row = (id: string, pass: PassLogRow['pass'], startedAt: number): PassLogRow => ({
    id,
    pass,
    startedAt,
    finishedAt: startedAt + 5,
    durationMs: 5,
    outcome: 'ok',
    error: null,
    requestCount: 1,
    summary: null,
  });

  it('finds the latest run of each pass', async () => {
    await store.passLog.put(row('1', 'scan', 10));
    await store.passLog.put(row('2', 'scan', 30));
    await store.passLog.put(row('3', 'monitor', 20));
    const latest = await store.passLog.latestPerPass();
    expect(latest.scan?.id).toBe('2');
    expect(latest.monitor?.id).toBe('3');
    expect(latest.whales).toBeUndefined();
  });

  it('keeps only the newest rows of a pass', async () => {
    const { PassLogRepository } = await import(
      '../../../lib/adapters/storage/repositories/pass-log-repository'
    );
    const small = new PassLogRepository(db, 2);
    for (let i = 0; i < 5; i++) await small.put(row(`r${i}`, 'scan', i));
    await small.put(row('m', 'monitor', 1));
    expect(await small.prune('scan')).toBe(3);
    expect((await small.recent(10)).map((r) => r.id)).toEqual(['r4', 'r3', 'm']);
  });
});
