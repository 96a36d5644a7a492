import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsRateLimited } from '../../../lib/adapters/news/news-errors';
import { parseFeed } from '../../../lib/adapters/news/rss-feed';
import { createIntelligenceServices } from '../../../lib/app/intelligence/intelligence-services';
import { loadWhaleSummary } from '../../../lib/app/whales/whale-summary-state';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { harness, passContext, requestCounts } from './scan-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 600, seed: 11, latencyMs: 0 });
});
afterAll(async () => {
  await fake.close();
});

const rss = readFileSync(new URL('../../fixtures/news/rss-google-news.xml', import.meta.url), 'utf8');

describe('intelligence services on the fake Polymarket', () => {
  it('a failing Data API and a failing news source degrade the scan, which still scores', async () => {
    const h = await harness(fake, {});
    h.settings = { ...h.settings, news: { gdeltEnabled: true, rssFeeds: ['https://news.example/rss'] } };
    let gdeltCalls = 0;
    const services = createIntelligenceServices({
      ...h,
      settings: async () => h.settings,
      news: {
        gdelt: {
          articles: async () => {
            gdeltCalls++;
            throw newsRateLimited('GDELT');
          },
        },
        rss: {
          feed: async (url) =>
            parseFeed(rss, url).map((item) => ({ ...item, publishedAt: fake.state.nowMs - 3_600_000 })),
        },
      },
    });
    fake.faults.set('GET /data/trades', { kind: '500' });
    const ctx = passContext('scan-degraded');
    const summary = await services.scanPass(ctx);
    fake.faults.clear();

    const opportunities = await h.store.opportunities.all();
    expect(opportunities.length).toBeGreaterThan(0);
    expect(summary).toMatch(/scored/);
    expect(ctx.degraded.some((m) => m.startsWith('Whale data unavailable'))).toBe(true);
    expect(ctx.degraded.some((m) => m.startsWith('News source failed: GDELT'))).toBe(true);
    expect(gdeltCalls).toBeGreaterThan(0);
    for (const o of opportunities) {
      expect(o.factors.whales.missing).toBe(true);
      expect(o.missing).toContain('no whale data');
      // RSS still answered, so news is measured (0 or more), not missing.
      expect(o.factors.news.missing).toBe(false);
    }
    await h.db.delete();
  });

  it('the whale pass aggregates trades of the scanned markets and feeds the next scan', async () => {
    const h = await harness(fake, {});
    h.settings = { ...h.settings, whales: { minWhaleVolumeUsd: 1_000, minWhaleTradeUsd: 500 } };
    const services = createIntelligenceServices({ ...h, settings: async () => h.settings });
    // Make the markets with recorded whale trades eligible by scanning with loose rules.
    h.settings = {
      ...h.settings,
      strategy: {
        ...h.settings.strategy,
        minLiquidity: 0,
        minVolume24h: 0,
        bandLow: 0.01,
        bandHigh: 0.99,
        maxSpread: 0.5,
        minHoursToEnd: 0,
      },
    };
    await services.scanPass(passContext('scan-a'));
    const scanned = (await h.store.opportunities.all()).length;

    fake.requestLog.reset();
    const ctx = passContext('whales-1');
    const summary = await services.whalePass(ctx);
    const counts = requestCounts(fake);
    // Two queries (all trades, big trades) per batch of 20 markets; big trades may take a 2nd page.
    expect(counts['GET /data/trades']).toBeGreaterThanOrEqual(2 * Math.ceil(Math.min(scanned, 200) / 20));
    expect(ctx.requests).toBe(fake.requestLog.entries.length);
    const whales = await h.store.whales.top(50);
    expect(whales.length).toBeGreaterThan(0);
    expect(summary).toMatch(/whales/);
    for (const w of whales) {
      expect(w.totalVolume).toBeGreaterThan(0);
      expect(w.patterns).toHaveProperty('netSideByMarket');
      expect(w.patterns).toHaveProperty('concentration');
    }
    const state = await loadWhaleSummary(h.store);
    expect(Object.keys(state?.markets ?? {}).length).toBeGreaterThan(0);

    // Tracked wallets get their positions; the next scan reads the summary instead of /trades.
    const first = whales[0];
    if (!first) throw new Error('no whale');
    expect(await services.setWhaleTracked(first.walletAddress, true)).toBe(true);
    await services.whalePass(passContext('whales-2'));
    expect((await h.store.whales.byAddress(first.walletAddress))?.patterns).toHaveProperty('positions');
    fake.requestLog.reset();
    await services.scanPass(passContext('scan-b'));
    // Only markets beyond the whale pass's 200 are read again (batches of 20, one page each).
    expect(requestCounts(fake)['GET /data/trades'] ?? 0).toBe(Math.ceil(Math.max(0, scanned - 200) / 20));
    const withWhales = (await h.store.opportunities.all()).filter((o) => o.factors.whales.normalised > 0);
    expect(withWhales.length).toBeGreaterThan(0);
    expect((await services.calibration()).reduce((s, b) => s + b.samples, 0)).toBeGreaterThan(0);
    await h.db.delete();
  });
});
