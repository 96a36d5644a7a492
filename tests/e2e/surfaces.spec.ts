import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { browser } from 'wxt/browser';
import { expect, SCREENSHOT_DIR, test } from './extension-fixture';
import { ContentScriptWorld } from './overlay-probe';

/** The worker's own `chrome`, used inside serviceWorker.evaluate callbacks. */
declare const chrome: typeof browser;

mkdirSync(SCREENSHOT_DIR, { recursive: true });
test.beforeAll(() => console.info(`Screenshots: ${SCREENSHOT_DIR}`));

const shot = (name: string) => path.join(SCREENSHOT_DIR, `${name}.png`);

test('the service worker starts and schedules the three passes', async ({ serviceWorker }) => {
  await expect
    .poll(async () =>
      serviceWorker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort()),
    )
    .toEqual(['pass:monitor', 'pass:scan', 'pass:whales']);
  const periods = await serviceWorker.evaluate(async () =>
    Object.fromEntries((await chrome.alarms.getAll()).map((a) => [a.name, a.periodInMinutes])),
  );
  expect(periods).toEqual({ 'pass:scan': 5, 'pass:monitor': 0.5, 'pass:whales': 10 });
});

test('the manifest asks for exactly the permissions the product needs', async ({ serviceWorker }) => {
  const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
  // The header rule that signs Kalshi's websocket handshake, and the offscreen document whose worker
  // opens that socket (lib/adapters/kalshi/handshake-header-rule.ts); neither warns at install.
  expect(manifest.permissions?.sort()).toEqual([
    'alarms',
    'declarativeNetRequestWithHostAccess',
    'notifications',
    'offscreen',
    'storage',
    'unlimitedStorage',
  ]);
  expect(manifest.host_permissions).toEqual([
    'https://polymarket.com/*',
    'https://gamma-api.polymarket.com/*',
    'https://clob.polymarket.com/*',
    'https://data-api.polymarket.com/*',
    'https://ws-subscriptions-clob.polymarket.com/*',
    'http://127.0.0.1/*', // the test build only
    'ws://127.0.0.1/*', // the test build only: the fake Kalshi's websocket (a header rule needs the ws origin)
  ]);
  expect(manifest.optional_host_permissions).toEqual([
    'https://api.gdeltproject.org/*',
    'https://news.google.com/*',
    'https://api.telegram.org/*',
    'https://*.kalshi.com/*', // Kalshi, asked for only when the user turns it on
    'https://*.kalshi.co/*',
    'wss://*.kalshi.com/*', // Kalshi's websockets (the header rule needs the wss origin itself)
    'wss://*.kalshi.co/*',
    'https://*/*',
  ]);
  expect(manifest.content_security_policy).toBeUndefined();
});

test('the popup shows paper mode, an empty bankroll story and the passes', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('mode-badge')).toHaveText('PAPER');
  await expect(page.getByText('No positions yet')).toBeVisible();
  await expect(page.getByTestId('bankroll')).toHaveText('$1,000.00');
  await expect(page.getByRole('button', { name: 'Scan now' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Kill switch' })).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByTestId('pass-scan')).toContainText('never run');
  await page.screenshot({ path: shot('popup'), fullPage: true });

  await page.getByRole('switch', { name: 'Kill switch' }).click();
  await expect(page.getByRole('switch', { name: 'Kill switch' })).toHaveAttribute('aria-checked', 'true');

  await page.getByRole('button', { name: 'Scan now' }).click();
  await expect(page.getByTestId('pass-scan')).not.toContainText('never run');
  await page.screenshot({ path: shot('popup-after-scan'), fullPage: true });
});

test('the options page lists every settings group and rejects a bad value', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const group of [
    'Strategy',
    'Limits',
    'Passes',
    'Wallet & vault',
    'Notifications',
    'Advanced endpoints',
  ]) {
    await expect(page.getByRole('heading', { name: group })).toBeVisible();
  }
  const threshold = page.getByLabel('Divergence threshold');
  await expect(threshold).toHaveValue('30');
  await threshold.fill('150');
  await threshold.blur();
  await expect(page.getByRole('alert').first()).toHaveText(
    'Divergence threshold must be between 1 % and 99 %.',
  );
  await page.screenshot({ path: shot('options-invalid'), fullPage: false });

  await threshold.fill('25');
  await threshold.blur();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Divergence threshold')).toHaveValue('25');
  await page.screenshot({ path: shot('options'), fullPage: true });
});

test('the dashboard renders its four views with honest empty states', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByText('No opportunities yet')).toBeVisible();
  await page.screenshot({ path: shot('dashboard-scanner') });
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByText('No trades yet')).toBeVisible();
  await page.getByRole('tab', { name: 'Whales' }).click();
  await expect(page.getByText('No whales tracked yet')).toBeVisible();
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByText('No passes have run yet')).toBeVisible();
  await page.screenshot({ path: shot('dashboard-health') });
});

test('the overlay appears beside the market title on polymarket.com', async ({ context, extensionId }) => {
  await context.route('https://polymarket.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:24px">
        <h1>Will the Fed cut rates in December?</h1><p>Yes 52¢ · No 49¢</p></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 300 });
  await page.goto('https://polymarket.com/event/fed-decision-in-december/will-the-fed-cut-rates');
  await expect(page.locator('h1 equilibrage-overlay')).toBeAttached();
  // The shadow root is closed: read it from the content script's world (overlay-probe.ts).
  const cs = await ContentScriptWorld.attach(page, extensionId);
  await expect.poll(() => cs.overlayText()).toContain('not scored yet');
  expect(await cs.overlayText()).toContain('PAPER');
  await page.screenshot({ path: shot('overlay') });
});
