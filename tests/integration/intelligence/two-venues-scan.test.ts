import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarketListing, Venue } from '../../../lib/app/ports/venue-port';
import { createScanPass } from '../../../lib/app/scan/market-scanner';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import type { Market } from '../../../lib/core/model/market';
import type { OrderBook } from '../../../lib/core/model/order-book';
import { venueKey } from '../../../lib/core/model/venue';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { makeBook } from '../../unit/core/support/books';
import { makeMarket } from '../../unit/core/support/markets';
import { polymarketOn } from '../support/polymarket-venues';
import { harness, passContext } from './scan-harness';

let fake: FakePolymarket;
beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 60, seed: 11, latencyMs: 0 });
});
afterAll(() => fake.close());

const DAY = 86_400_000;

/** A second venue, in the test: two markets (one tradable, one already past its end), books, history. */
function secondVenue(now: number, options: { failListing?: boolean } = {}) {
  const market = (ticker: string, endTime: number): Market => {
    const id = venueKey('kalshi', ticker);
    return makeMarket({
      venue: 'kalshi',
      id,
      conditionId: id,
      slug: ticker.toLowerCase(),
      question: `Kalshi question ${ticker}?`,
      eventId: null,
      eventSlug: null,
      eventTitle: null,
      yes: { tokenId: `${id}:yes`, label: 'Yes', price: 500_000 },
      no: { tokenId: `${id}:no`, label: 'No', price: 500_000 },
      endTime,
    });
  };
  const markets = [market('KXRAIN-26', now + 10 * DAY), market('KXOLD-25', now - DAY)];
  const asked: string[] = [];
  const book = (tokenId: string): OrderBook =>
    makeBook(
      [
        [0.49, 20_000],
        [0.48, 20_000],
      ],
      [
        [0.51, 20_000],
        [0.52, 20_000],
      ],
      { tokenId, market: tokenId.replace(/:(yes|no)$/, '') },
    );
  const venue: Venue = {
    id: 'kalshi',
    reads: {
      async *listActiveMarkets(ctx) {
        ctx.addRequests(1);
        if (options.failListing) throw new Error('Kalshi is down');
        const page: MarketListing[] = [
          ...markets.map((m) => ({ ok: true as const, market: m })),
          { ok: false, id: venueKey('kalshi', 'KXBAD'), reason: 'no yes_ask' },
        ];
        yield page;
      },
      booksPerRequest: 100,
      books: async (tokenIds) => {
        asked.push(...tokenIds);
        return tokenIds.map(book);
      },
      weekHistory: async () =>
        Array.from({ length: 48 }, (_, i) => ({
          time: now - (48 - i) * 3_600_000,
          price: 450_000 + (i % 2) * 50_000,
        })),
    },
    marketData: {
      books: async (tokenIds) => tokenIds.map(book),
      markets: async (ids) => new Map(markets.filter((m) => ids.includes(m.id)).map((m) => [m.id, m])),
    },
  };
  return { venue, asked, markets };
}

describe('the scan over two venues', () => {
  it('lists, scores and records markets of both venues, each read from its own venue', async () => {
    const h = await harness(fake);
    const second = secondVenue(h.clock.now());
    const venues = createVenues([polymarketOn(h.clients), second.venue]);
    const pass = createScanPass({ ...h, venues, settings: async () => h.settings });
    fake.requestLog.reset();
    await pass(passContext('scan-two'));

    const opportunities = await h.store.opportunities.all();
    const kalshi = opportunities.filter((o) => o.venue === 'kalshi');
    expect(kalshi.map((o) => o.marketId)).toEqual(['kalshi:KXRAIN-26']);
    const polymarket = opportunities.filter((o) => o.venue === 'polymarket');
    expect(polymarket.length).toBeGreaterThan(0);
    expect(opportunities.every((o) => o.venue === 'kalshi' || o.venue === 'polymarket')).toBe(true);
    // No wallet activity on the second venue: its whale factor is missing, never "no whales".
    expect(kalshi[0]?.factors.whales.missing).toBe(true);
    expect(kalshi[0]?.factors.volatility.missing).toBe(false);

    // Books were asked of each market's own venue only.
    expect(new Set(second.asked)).toEqual(new Set(['kalshi:KXRAIN-26:yes', 'kalshi:KXRAIN-26:no']));
    expect(fake.requestLog.entries.some((e) => e.path.includes('kalshi'))).toBe(false);

    const rejections = await h.db.rejections.toArray();
    const kalshiRejected = rejections.filter((r) => r.venue === 'kalshi').map((r) => [r.marketId, r.rule]);
    expect(kalshiRejected).toContainEqual(['kalshi:KXBAD', 'invalid_payload']);
    expect(kalshiRejected.map(([id]) => id)).toContain('kalshi:KXOLD-25');
    expect(rejections.filter((r) => r.venue === undefined)).toEqual([]);

    expect((await h.store.markets.get('kalshi:KXRAIN-26'))?.venue).toBe('kalshi');
    const firstPolymarket = polymarket[0];
    if (!firstPolymarket) throw new Error('no Polymarket opportunity');
    expect((await h.store.markets.get(firstPolymarket.marketId))?.venue).toBe('polymarket');
  });

  it('a venue whose listing fails degrades the scan; the other venue is still scanned', async () => {
    const h = await harness(fake);
    const second = secondVenue(h.clock.now(), { failListing: true });
    const venues = createVenues([polymarketOn(h.clients), second.venue]);
    const ctx = passContext('scan-degraded');
    await createScanPass({ ...h, venues, settings: async () => h.settings })(ctx);
    expect(ctx.degraded).toContain('Markets of Kalshi unavailable: Kalshi is down');
    const opportunities = await h.store.opportunities.all();
    expect(opportunities.length).toBeGreaterThan(0);
    expect(opportunities.every((o) => o.venue === 'polymarket')).toBe(true);
  });

  it('fails when the only venue cannot be listed', async () => {
    const h = await harness(fake);
    const second = secondVenue(h.clock.now(), { failListing: true });
    const pass = createScanPass({
      ...h,
      venues: createVenues([second.venue]),
      settings: async () => h.settings,
    });
    await expect(pass(passContext('scan-failed'))).rejects.toThrow('Kalshi is down');
  });

  it('refuses a registry that composes a venue twice', () => {
    const h = secondVenue(0);
    expect(() => createVenues([h.venue, h.venue])).toThrow('venue kalshi is composed twice');
  });
});
