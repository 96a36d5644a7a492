import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScanPass } from '../../../lib/app/scan/market-scanner';
import { SCAN_PROGRESS_KEY, scanProgressSchema } from '../../../lib/app/scan/scan-progress';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { harness, passContext, requestCounts } from './scan-harness';

const MARKETS = 3000;
let fake: FakePolymarket;

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: MARKETS, seed: 7, latencyMs: 0 });
});
afterAll(async () => {
  await fake.close();
});

describe('scan pass against the fake Polymarket', () => {
  it('scores or rejects every active market, fetches books only for the shortlist, caches histories', async () => {
    const h = await harness(fake);
    const active = fake.state.markets.filter((m) => m.active && !m.closed && !m.archived).length;
    const progressWrites: unknown[] = [];
    const set = h.store.runtime.set.bind(h.store.runtime);
    h.store.runtime.set = async (key, value) => {
      if (key === SCAN_PROGRESS_KEY) progressWrites.push(structuredClone(value));
      await set(key, value);
    };
    const pass = createScanPass({ ...h, settings: async () => h.settings });
    fake.requestLog.reset();
    const ctx = passContext('scan-1');
    const summary = await pass(ctx);

    const opportunities = await h.store.opportunities.all();
    const rejections = await h.db.rejections.toArray();
    const counts = requestCounts(fake);
    const shortlisted =
      active -
      rejections.filter(
        (r) =>
          !['outside_band', 'spread_too_wide', 'no_mark_price', 'one_sided_book', 'no_order_book'].includes(
            r.rule,
          ),
      ).length;

    // Every active market is either scored or rejected with a reason, never both.
    expect(opportunities.length + rejections.length).toBe(active);
    const scoredIds = new Set(opportunities.map((o) => o.marketId));
    expect(rejections.every((r) => !scoredIds.has(r.marketId) && r.rule !== '' && r.message !== '')).toBe(
      true,
    );
    expect(opportunities.length).toBeGreaterThan(20);
    // Each stored reason carries its coded form for the UI's language (the rule or a variant of it).
    expect(rejections.every((r) => r.messageText !== undefined && /^[a-z_]+$/.test(r.messageText.code))).toBe(
      true,
    );
    const spread = rejections.find((r) => r.rule === 'spread_too_wide');
    expect(spread?.messageText).toEqual({
      code: 'spread_too_wide',
      params: { side: expect.any(String), spreadPrice: expect.any(Number), maxSpreadPrice: 30_000 },
    });

    // Listing: events keyset pages of 500 events with their markets; books batched (50 tokens a
    // request) for the shortlist only.
    expect(counts['GET /gamma/events/keyset']).toBeGreaterThan(0);
    expect(counts['GET /gamma/events/keyset']).toBeLessThanOrEqual(Math.ceil(fake.state.events.length / 500));
    expect(counts['GET /gamma/markets/keyset'] ?? 0).toBe(0);
    const bookRequests = fake.requestLog.entries.filter((e) => e.path === '/books');
    const tokensAsked = bookRequests.flatMap((e) =>
      (JSON.parse(e.body) as { token_id: string }[]).map((t) => t.token_id),
    );
    expect(tokensAsked.length).toBe(2 * shortlisted);
    expect(bookRequests.length).toBe(Math.ceil((2 * shortlisted) / 50));
    expect(counts['GET /clob/book'] ?? 0).toBe(0);
    // One history per scored market (YES token), whale trades batched by 20 markets.
    expect(counts['GET /clob/prices-history']).toBe(opportunities.length);
    expect(counts['GET /data/trades']).toBe(Math.ceil(opportunities.length / 20));
    expect(ctx.requests).toBe(fake.requestLog.entries.length);
    expect(ctx.degraded).toEqual([]);

    // Scores carry their breakdown; news is off, so flagged missing.
    for (const o of opportunities) {
      expect(o.factors.news.missing).toBe(true);
      expect(o.missing).toContain('no news data');
      expect(o.factors.liquidity.missing).toBe(false);
    }
    expect(new Set(opportunities.map((o) => o.score)).size).toBeGreaterThan(1);

    // Progress: throttled, phases in order, final numbers.
    const progress = await h.store.runtime.get(SCAN_PROGRESS_KEY, scanProgressSchema);
    expect(progress).toMatchObject({
      phase: 'done',
      seen: active,
      total: active,
      scored: opportunities.length,
    });
    expect(progressWrites.length).toBeGreaterThan(3);
    expect(progressWrites.length).toBeLessThan(40);
    expect(summary).toMatch(/^[\d,]+ markets: [\d,]+ rejected, \d+ shortlisted, \d+ scored, \d+ scored ≥ 7$/);
    expect(await h.store.markets.get(opportunities[0]?.marketId ?? '')).toBeDefined();
    expect(await h.db.scoreSamples.count()).toBe(opportunities.length);

    // A second scan reuses the cached price histories (all fresher than 1 h).
    fake.requestLog.reset();
    const second = passContext('scan-2');
    await pass(second);
    expect(requestCounts(fake)['GET /clob/prices-history'] ?? 0).toBe(0);
    expect((await h.store.opportunities.all()).every((o) => o.scanId === 'scan-2')).toBe(true);
    expect(await h.db.scoreSamples.count()).toBe(opportunities.length);
    await h.db.delete();
  });
});
