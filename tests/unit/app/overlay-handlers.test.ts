import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore, type Store } from '../../../lib/adapters/storage/store';
import { createOverlayHandlers } from '../../../lib/app/overlay/overlay-handlers';
import type { PositionRow } from '../../../lib/core/model/rows/positions';

let db: EquilibrageDatabase;
let store: Store;
let opened: string[];
let n = 0;

beforeEach(async () => {
  db = new EquilibrageDatabase(`overlay-test-${++n}`);
  await db.open();
  store = createStore(db, () => 42);
  opened = [];
  const f = { raw: 1, normalised: 0.5, weight: 0.25, missing: false };
  await store.opportunities.upsertMany([
    {
      id: 'o1',
      marketId: 'm1',
      marketName: 'Fed',
      slug: 'fed-cut',
      eventSlug: null,
      conditionId: '0x1',
      score: 8,
      liquidity: 0,
      volume24h: 0,
      whaleActivityScore: 0,
      newsRelevanceScore: 0,
      volatilityScore: 0,
      liquidityScore: 0,
      factors: { liquidity: f, volatility: f, whales: f, news: f },
      missing: [],
      midYes: 500_000,
      midNo: 500_000,
      endTime: null,
      detectedAt: 1,
      scanId: 's',
    },
  ]);
});
afterEach(async () => {
  await db.delete();
});

const handlers = () =>
  createOverlayHandlers({
    store,
    openPage: async (path) => {
      opened.push(path);
    },
  });
const sender = { kind: 'content-script' as const, url: 'https://polymarket.com/event/x' };

describe('overlay handlers', () => {
  it('opens the dashboard on the entry preview, and never trades', async () => {
    await expect(handlers()['overlay.openEntry']?.({ slug: 'fed-cut' }, sender)).resolves.toEqual({
      opened: true,
    });
    expect(opened).toEqual(['/dashboard.html#enter=m1']);
  });

  it('says in words when the market was never scanned', async () => {
    await expect(handlers()['overlay.openEntry']?.({ slug: 'unknown' }, sender)).rejects.toThrow(
      'This market has not been scanned yet',
    );
    expect(opened).toEqual([]);
  });

  it('returns the open position of the page’s market', async () => {
    const position = {
      id: 'p1',
      marketId: 'm1',
      marketName: 'Fed',
      conditionId: '0x1',
      eventId: null,
      yesTokenId: 'y',
      noTokenId: 'n',
      yesLabel: 'Yes',
      noLabel: 'No',
      entryTime: 1,
      entryPriceYes: 500_000,
      entryPriceNo: 510_000,
      capitalYes: 10_000_000,
      capitalNo: 10_000_000,
      sharesYes: 20_000_000,
      sharesNo: 19_600_000,
      currentPriceYes: 600_000,
      currentPriceNo: 400_000,
      status: 'active',
      liquidatedSide: null,
      realisedProceeds: 0,
      feesPaid: 0,
      pnl: 150_000,
      mode: 'paper',
      closeReason: null,
      closedAt: null,
      updatedAt: 1,
      strategy: 'balancing',
    } satisfies PositionRow;
    await store.positions.put(position);
    const onPage = { kind: 'content-script' as const, url: 'https://polymarket.com/event/fed/fed-cut' };
    const rows = await handlers()['overlay.positions']?.({}, onPage);
    expect(rows).toMatchObject([
      { slug: 'fed-cut', marketId: 'm1', status: 'active', pnl: 150_000, capital: 20_000_000 },
    ]);
    // Another market's page, another site, or a page of the extension learns nothing of it.
    const elsewhere = [
      { kind: 'content-script' as const, url: 'https://polymarket.com/event/x/other' },
      { kind: 'content-script' as const, url: 'https://evil.example/event/fed/fed-cut' },
      { kind: 'content-script' as const, url: 'http://polymarket.com/event/fed/fed-cut' },
      { kind: 'extension-page' as const, url: 'chrome-extension://id/options.html' },
    ];
    for (const page of elsewhere)
      await expect(handlers()['overlay.positions']?.({}, page)).resolves.toEqual([]);
  });

  it('shows the overlay only the mode of the settings', async () => {
    await expect(handlers()['overlay.display']?.({}, sender)).resolves.toEqual({ mode: 'paper' });
  });
});
