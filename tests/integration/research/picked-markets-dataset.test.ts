import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketDataFromClients } from '../../../lib/adapters/exchange/clients-market-data';
import {
  createPolymarketClients,
  type PolymarketClients,
} from '../../../lib/adapters/polymarket/polymarket-clients';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { polymarketVenue } from '../../../lib/adapters/venues/polymarket/polymarket-venue';
import { createResearchHandlers } from '../../../lib/app/research/research-handlers';
import { createVenues } from '../../../lib/app/venues/venue-registry';
import { findInVenues, venuePriceHistory } from '../../../lib/app/venues/venue-research';
import { resolveMarket } from '../../fake-polymarket/scenarios/resolve-market.ts';
import { type FakePolymarket, startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';

/**
 * "Build a dataset from markets I pick" against the fake Polymarket, whose Gamma answers closed=false
 * unless asked (like the real one since 2026-04-09): an open market by id, a resolved one by its
 * polymarket.com link, an unknown slug.
 */
let fake: FakePolymarket;
let clients: PolymarketClients;
const db = new EquilibrageDatabase(`picked-markets-${Math.random()}`);

beforeAll(async () => {
  fake = await startFakePolymarket({ markets: 30, seed: 5, startTimeMs: Date.UTC(2026, 5, 1) });
  clients = createPolymarketClients({
    endpoints: { gammaUrl: fake.gammaUrl, clobUrl: fake.clobUrl, dataUrl: fake.dataUrl },
  });
});
afterAll(async () => {
  await fake.close();
  await db.delete();
});

function handlers() {
  const store = createStore(db, () => fake.state.nowMs);
  const marketData = marketDataFromClients(() => clients);
  // Through the Polymarket venue's research capability, as the background composes it.
  const venues = createVenues([polymarketVenue({ clients: () => clients, marketData })]);
  return createResearchHandlers({
    sources: {
      store,
      markets: (ids) => marketData.markets(ids),
      pricesHistory: venuePriceHistory(venues),
    },
    findMarkets: findInVenues(venues),
    clock: { now: () => fake.state.nowMs },
  });
}
const page = { kind: 'extension-page', url: undefined } as const;

describe('a dataset of picked markets from the fake Polymarket', () => {
  it('finds a resolved market only with closed=true, as the real Gamma does', async () => {
    const closed = fake.state.markets[1];
    if (!closed) throw new Error('no market');
    resolveMarket(fake.state, closed, 1);
    const open = await clients.gamma.listMarkets({ ids: [closed.id] });
    expect(open).toEqual([]);
    const found = await marketDataFromClients(() => clients).markets([
      closed.id,
      fake.state.markets[0]?.id ?? '',
    ]);
    expect(found.get(closed.id)?.resolvedOutcome).toBe(1);
    expect(found.size).toBe(2);
  });

  it('builds an open market by id and a resolved one by its link, each with its history and resolution', async () => {
    const [open, resolved] = fake.state.markets;
    if (!open || !resolved) throw new Error('no market');
    const h = handlers();
    const byId = await h['research.buildMarketDataset']?.(
      { ref: open.id, days: 7, fidelityMinutes: 60 },
      page,
    );
    const byLink = await h['research.buildMarketDataset']?.(
      { ref: `https://polymarket.com/event/some-event/${resolved.slug}`, days: 7, fidelityMinutes: 60 },
      page,
    );
    if (!byId?.ok || !byLink?.ok) throw new Error('expected both markets');
    expect([byId.venue, byLink.venue, byLink.built.dataset.venue]).toEqual([
      'polymarket',
      'polymarket',
      'polymarket',
    ]);
    expect(byId.markets).toEqual([{ id: open.id, question: open.question, closed: false, resolved: false }]);
    expect(byLink.markets[0]).toMatchObject({ id: resolved.id, closed: true, resolved: true });
    const market = byLink.built.dataset.markets[0];
    expect(market?.resolution?.outcome).toBe(1);
    // 7 days of hourly history for both tokens, NO = 1 − YES as the CLOB serves it.
    const yes = byLink.built.dataset.prices[market?.yesTokenId ?? ''] ?? [];
    const no = byLink.built.dataset.prices[market?.noTokenId ?? ''] ?? [];
    expect(yes.length).toBeGreaterThan(24);
    expect(no.length).toBe(yes.length);
    expect(byLink.built.failedHistories).toEqual([]);
    expect(byId.built.dataset.prices[open.tokens[0].tokenId]?.length).toBeGreaterThan(24);
  });

  it('says a reference names no market, or is not a reference at all', async () => {
    const h = handlers();
    expect(
      await h['research.buildMarketDataset']?.(
        { ref: 'no-such-market-slug', days: 7, fidelityMinutes: 60 },
        page,
      ),
    ).toEqual({
      ok: false,
      reason: 'not_found',
      unreadable: [],
    });
    expect(
      await h['research.buildMarketDataset']?.(
        { ref: 'https://example.com/event/x', days: 7, fidelityMinutes: 60 },
        page,
      ),
    ).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
