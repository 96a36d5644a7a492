import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import type { browser as WebExtensionBrowser } from 'wxt/browser';
import { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { FIREFOX_SCREENSHOTS, type FirefoxSession, startFirefox, waitFor } from './firefox-session';

/** Firefox's own `browser` in extension pages, used inside page.evaluate callbacks. */
declare const browser: typeof WebExtensionBrowser;

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
type FakePolymarket = Awaited<ReturnType<typeof startFakePolymarket>>;

let firefox: FirefoxSession;
let fake: FakePolymarket;
const shot = (name: string) => path.join(FIREFOX_SCREENSHOTS, `firefox-${name}.png`);

before(async () => {
  fake = await startFakePolymarket({ markets: 60, startTimeMs: Date.now() });
  firefox = await startFirefox();
  console.info(
    `Firefox ${await firefox.browser.version()}; screenshots: ${FIREFOX_SCREENSHOTS}/firefox-*.png`,
  );
});

after(async () => {
  await firefox?.close();
  await fake?.close();
});

/** A protocol request from an extension page, exactly as the UI sends it. */
function send<T>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  return page.evaluate(
    (t, p) => browser.runtime.sendMessage({ channel: 'equilibrage', type: t, payload: p }),
    type,
    payload as never,
  ) as Promise<T>;
}

/** Every row of a table of the extension's IndexedDB, read from one of its pages. */
function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('equilibrage');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

test('the background runs as Firefox runs it (background scripts) and schedules its passes', async () => {
  const page = await firefox.openExtensionPage('dashboard.html');
  const manifest = await page.evaluate(() => browser.runtime.getManifest());
  // Firefox runs MV3 backgrounds as event pages from `scripts`, not as a service worker.
  const background = manifest.background as { type?: string; scripts?: string[]; service_worker?: string };
  assert.equal(background.type, 'module');
  assert.match(String(background.scripts?.[0]), /\/background\.js$/);
  assert.equal(background.service_worker ?? null, null);
  const status = await waitFor(
    'the background answers',
    () => send<Reply<{ mode: string }>>(page, 'status.get'),
    (r) => r.ok,
  );
  assert.equal(status.ok && status.data.mode, 'paper');
  const alarms = await waitFor(
    'the three passes are scheduled',
    () =>
      page.evaluate(async () =>
        Object.fromEntries((await browser.alarms.getAll()).map((a) => [a.name, a.periodInMinutes])),
      ),
    (a) => Object.keys(a).length >= 3,
  );
  // Firefox keeps the 30 s monitor period of the production build.
  assert.deepEqual(alarms, { 'pass:scan': 5, 'pass:monitor': 0.5, 'pass:whales': 10 });
  await page.close();
});

test('the popup, the options page and every dashboard tab render', async () => {
  const popup = await firefox.openExtensionPage('popup.html', '[data-testid="bankroll"]');
  await popup.setViewport({ width: 400, height: 640 });
  assert.equal(await textOf(popup, '[data-testid="mode-badge"]'), 'PAPER');
  await waitFor(
    'the paper bankroll',
    () => textOf(popup, '[data-testid="bankroll"]'),
    (t) => t === '$1,000.00',
  );
  assert.match(await textOf(popup, 'main'), /No positions yet/);
  await popup.screenshot({ path: shot('popup') });
  await popup.close();

  const options = await firefox.openExtensionPage('options.html', 'h2');
  const headings = await options.$$eval('h2', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));
  for (const group of ['Strategy', 'Limits', 'Notifications', 'Advanced endpoints']) {
    assert.ok(headings.includes(group), `options heading ${group} in ${headings.join(', ')}`);
  }
  await options.screenshot({ path: shot('options') });
  await options.close();

  const dashboard = await firefox.openExtensionPage('dashboard.html', '[role="tab"]');
  const allTabs = await dashboard.$$eval('[role="tab"]', (ts) => ts.map((t) => t.id));
  // The dashboard's own tabs; the scanner has its own two (opportunities, same event on both venues).
  const tabs = allTabs.filter((id) => id.startsWith('tab-'));
  assert.deepEqual(tabs, ['tab-scanner', 'tab-history', 'tab-whales', 'tab-health', 'tab-backtest']);
  assert.deepEqual(
    allTabs.filter((id) => id.startsWith('scanner-tab-')),
    ['scanner-tab-opportunities', 'scanner-tab-sameEvent'],
  );
  for (const id of tabs) {
    await dashboard.click(`#${id}`);
    await waitFor(
      `${id} selected`,
      () => dashboard.$eval(`#${id}`, (t) => t.getAttribute('aria-selected')),
      (v) => v === 'true',
    );
    await dashboard.waitForSelector('[role="tabpanel"]');
  }
  await dashboard.screenshot({ path: shot('dashboard') });
  await dashboard.close();
});

test('the overlay appears beside the market title on a polymarket.com page', async () => {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!request.url().startsWith('https://polymarket.com/')) return void request.continue();
    void request.respond({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:24px"><h1>Will the Fed cut rates in December?</h1><p>Yes 52¢ · No 49¢</p></body></html>',
    });
  });
  await page.goto('https://polymarket.com/event/fed-decision-in-december/will-the-fed-cut-rates');
  await page.waitForSelector('equilibrage-overlay');
  // The overlay's shadow root is closed: the page sees only its host (its accessible name is checked
  // in Chromium through the content script's world, tests/e2e/overlay.spec.ts). That the badge is
  // drawn is seen from the page as a hit test: somewhere on the screen a point lands on the host.
  const hit = await waitFor(
    'the overlay badge drawn on the page',
    () =>
      page.evaluate(() => {
        const host = document.querySelector('equilibrage-overlay');
        if (!host) return null;
        for (let y = 2; y < window.innerHeight; y += 6) {
          for (let x = 2; x < window.innerWidth; x += 6) {
            if (document.elementFromPoint(x, y) === host)
              return { shadowRootVisible: host.shadowRoot !== null };
          }
        }
        return null;
      }),
    (found) => found !== null,
  );
  assert.deepEqual(hit, { shadowRootVisible: false });
  await page.screenshot({ path: shot('overlay') });
  await page.close();
});

interface PositionRow {
  marketId: string;
  status: string;
  liquidatedSide: string | null;
}

test('a paper entry and a liquidation against the fake Polymarket', async () => {
  const market = prepareMarket(fake, 0);
  const page = await firefox.openExtensionPage('dashboard.html');
  const endpoints = await send<Reply<{ ok: boolean }>>(page, 'settings.update', {
    patch: {
      endpoints: {
        gammaUrl: fake.gammaUrl,
        clobUrl: fake.clobUrl,
        dataUrl: fake.dataUrl,
        clobWsUrl: fake.wsMarketUrl,
      },
    },
  });
  assert.ok(endpoints.ok && endpoints.data.ok, JSON.stringify(endpoints));

  const entered = await send<Reply<unknown>>(page, 'position.enter', { marketId: market.id });
  assert.ok(entered.ok, JSON.stringify(entered));
  const [position] = await readTable<PositionRow>(page, 'positions');
  assert.equal(position?.marketId, market.id);
  assert.equal(position?.status, 'active');
  // What the user sees without opening anything: the toolbar badge and a notification.
  await waitFor(
    'the badge counts the position',
    () => page.evaluate(() => browser.action.getBadgeText({})),
    (t) => t === '1',
  );
  await waitFor(
    'an entry notification',
    () => page.evaluate(async () => Object.keys(await browser.notifications.getAll()).join(',')),
    (ids) => ids.includes('entry:'),
  );

  const popup = await firefox.openExtensionPage('popup.html', '[data-testid="bankroll"]');
  await waitFor(
    'the popup lists the position',
    () => textOf(popup, 'main'),
    (t) => t.includes(market.question),
  );

  // YES collapses from 50¢ to ~31¢: the monitor sells YES and keeps NO.
  setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]);
  const monitor = await send<Reply<{ row: { summary: string } }>>(page, 'pass.run', { pass: 'monitor' });
  assert.ok(monitor.ok, JSON.stringify(monitor));
  assert.match(monitor.data.row.summary, /1 liquidated/);
  const [liquidated] = await readTable<PositionRow>(page, 'positions');
  assert.equal(liquidated?.status, 'liquidated');
  assert.equal(liquidated?.liquidatedSide, 'yes');
  const trades = await readTable<{ reason: string; side: string; action: string; status: string }>(
    page,
    'trades',
  );
  assert.deepEqual(trades.map((t) => `${t.reason} ${t.side} ${t.action} ${t.status}`).sort(), [
    'entry no buy filled',
    'entry yes buy filled',
    'liquidation yes sell filled',
  ]);
  await waitFor(
    'the popup shows the liquidation',
    () => textOf(popup, 'main'),
    (t) => /Liquidated: YES sold/i.test(t),
  );
  await popup.screenshot({ path: shot('popup-liquidated') });
  await popup.close();
  await page.close();
});

test('when the user takes Polymarket access back (Firefox allows it), the popup says so and asks again', async () => {
  const page = await firefox.openExtensionPage('dashboard.html');
  const removed = await page.evaluate(() =>
    browser.permissions.remove({ origins: ['https://gamma-api.polymarket.com/*'] }),
  );
  assert.equal(removed, true);
  const popup = await firefox.openExtensionPage('popup.html', '[role="alert"]');
  assert.match(await textOf(popup, '[role="alert"]'), /no access to Polymarket.*Allow access to Polymarket/);
  await popup.screenshot({ path: shot('popup-no-access') });
  await popup.close();
  await page.close();
});
