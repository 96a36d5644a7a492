import type { browser } from 'wxt/browser';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { sendFromPage, useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { stopServiceWorker } from './service-worker-control';
import { readTable } from './store-reader';

/** The worker's own `chrome`, used inside serviceWorker.evaluate callbacks. */
declare const chrome: typeof browser;

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
interface PositionRow {
  id: string;
  marketId: string;
  status: string;
  liquidatedSide: string | null;
  sharesYes: number;
  sharesNo: number;
}
interface TradeRow {
  positionId: string;
  side: string;
  action: string;
  status: string;
  reason: string;
}

test('enter 50/50, liquidate the losing side on divergence, and see it in the popup', async ({
  context,
  extensionId,
  serviceWorker,
  fake,
}) => {
  const market = prepareMarket(fake, 0);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await useFakeEndpoints(page, fake);

  const entered = await sendFromPage<Reply<unknown>>(page, 'position.enter', { marketId: market.id });
  expect(entered.ok, JSON.stringify(entered)).toBe(true);
  let positions = await readTable<PositionRow>(page, 'positions');
  expect(positions).toHaveLength(1);
  expect(positions[0]).toMatchObject({ marketId: market.id, status: 'active' });

  // The user sees it without opening anything: the badge counts the open position, a notification tells.
  await expect.poll(() => serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  await expect
    .poll(async () =>
      Object.keys(await serviceWorker.evaluate(() => chrome.notifications.getAll())).join(','),
    )
    .toContain('entry:');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(market.question).first()).toBeVisible();

  // YES collapses from 50¢ to ~31¢ (a 38 % drop): the monitor sells YES and keeps NO.
  setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
  const monitor = await sendFromPage<Reply<{ ran: boolean; row: { summary: string } }>>(page, 'pass.run', {
    pass: 'monitor',
  });
  expect(monitor.ok && monitor.data.row.summary).toContain('1 liquidated');
  positions = await readTable<PositionRow>(page, 'positions');
  expect(positions[0]).toMatchObject({ status: 'liquidated', liquidatedSide: 'yes', sharesYes: 0 });
  const trades = await readTable<TradeRow>(page, 'trades');
  expect(trades.map((t) => `${t.reason} ${t.side} ${t.action} ${t.status}`).sort()).toEqual([
    'entry no buy filled',
    'entry yes buy filled',
    'liquidation yes sell filled',
  ]);
  // The books it traded on were recorded for the backtester (entry and monitor passes).
  expect((await readTable(page, 'bookSnapshots')).length).toBeGreaterThan(0);
  const built = await sendFromPage<
    Reply<{ dataset: { markets: unknown[]; books?: Record<string, unknown[]> } }>
  >(page, 'research.buildDataset', { marketIds: [market.id], days: 7 });
  expect(built.ok, JSON.stringify(built).slice(0, 300)).toBe(true);
  if (built.ok) {
    expect(built.data.dataset.markets).toHaveLength(1);
    expect(Object.keys(built.data.dataset.books ?? {}).length).toBeGreaterThan(0);
  }
  await popup.screenshot({ path: 'tests/e2e/screenshots/popup-liquidated.png', fullPage: true });
});

test('a service worker stopped mid-entry leaves one position and no duplicate order after restart', async ({
  context,
  extensionId,
  fake,
}) => {
  const market = prepareMarket(fake, 1);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await useFakeEndpoints(page, fake);
  // This is the order-book path (a paper split is applied at once, with nothing in flight to kill;
  // its restart safety is tests/integration/ctf/paper-split-merge-restart.test.ts).
  const books = await sendFromPage<{ ok: boolean }>(page, 'settings.update', {
    patch: { strategy: { entryMethod: 'books' } },
  });
  expect(books.ok).toBe(true);

  // Slow the exchange down so the entry is still in flight when the worker dies.
  fake.faults.setLatency(800);
  void sendFromPage(page, 'position.enter', { marketId: market.id }).catch(() => undefined);
  await expect
    .poll(async () => (await readTable<PositionRow>(page, 'positions')).length, { timeout: 10_000 })
    .toBe(1);
  const inFlight = await readTable<PositionRow>(page, 'positions');
  await stopServiceWorker(context, page, extensionId);
  fake.faults.setLatency(0);
  // The worker really died mid-entry: the position was still being opened.
  expect(inFlight[0]?.status).toBe('opening');

  // The next event starts a fresh worker: it reconciles at start and the monitor pass finishes the job.
  await expect
    .poll(async () => {
      const reply = await sendFromPage<Reply<unknown>>(page, 'pass.run', { pass: 'monitor' }).catch(
        () => null,
      );
      return reply?.ok ?? false;
    })
    .toBe(true);
  await sendFromPage(page, 'pass.run', { pass: 'monitor' });

  const positions = await readTable<PositionRow>(page, 'positions');
  expect(positions).toHaveLength(1);
  expect(['active', 'closed']).toContain(positions[0]?.status);
  const trades = await readTable<TradeRow>(page, 'trades');
  const filled = trades.filter((t) => t.status === 'filled' && t.reason === 'entry');
  // At most one filled buy per leg: no order was sent twice.
  expect(filled.filter((t) => t.side === 'yes').length).toBeLessThanOrEqual(1);
  expect(filled.filter((t) => t.side === 'no').length).toBeLessThanOrEqual(1);
  const intents = await readTable<{ status: string }>(page, 'orderIntents');
  expect(intents.filter((i) => ['pending', 'sent', 'unknown'].includes(i.status))).toHaveLength(0);
  if (positions[0]?.status === 'active') {
    expect(filled).toHaveLength(2);
    expect(positions[0].sharesYes).toBeGreaterThan(0);
    expect(positions[0].sharesNo).toBeGreaterThan(0);
  }
});
