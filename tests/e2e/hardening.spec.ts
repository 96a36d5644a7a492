import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension-fixture';
import { sendFromPage } from './extension-messages';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { seedStore } from './seed';
import { passingDoctorReport } from './seed-doctor-report';
import { shot } from './shots';

// Hardhat's first well-known test account: never funded anywhere that matters.
const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const TEST_ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const PASSPHRASE = 'correct horse battery';

const MARKET_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head>
<body style="font-family:sans-serif;padding:48px 24px"><h1>Will the Fed cut rates in December?</h1><p>Yes 52¢</p></body></html>`;

type Reply = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** A polymarket.com market page whose own scripts record every window message they receive. */
async function openMarketPage(context: BrowserContext, path = '/event/event-1/market-1'): Promise<Page> {
  await context.route('https://polymarket.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: MARKET_PAGE }),
  );
  const site = await context.newPage();
  await site.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { pageSaw: string[] }).pageSaw = seen;
    window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
  });
  await site.setViewportSize({ width: 900, height: 420 });
  await site.goto(`https://polymarket.com${path}`);
  return site;
}

async function importWallet(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const imported = await sendFromPage<Reply>(options, 'wallet.import', {
    privateKey: TEST_KEY,
    passphrase: PASSPHRASE,
  });
  expect(imported).toMatchObject({ ok: true, data: { hasWallet: true, address: TEST_ADDRESS } });
  return options;
}

test('from the content script: no storage, no settings, no wallet, only the page market’s position', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  await importWallet(context, extensionId);
  const site = await openMarketPage(context);
  const cs = await ContentScriptWorld.attach(site, extensionId);
  await expect.poll(() => cs.overlayText()).toContain('9/10');

  // 1. The encrypted wallet cannot be read (offline guessing), replaced or deleted; nor the session.
  for (const attempt of [
    'chrome.storage.local.get(null)',
    "chrome.storage.local.set({ 'vault.record': { forged: true } })",
    "chrome.storage.local.remove('vault.record')",
    'chrome.storage.local.clear()',
    'chrome.storage.session.get(null)',
  ]) {
    const outcome = await cs.evaluate<string>(
      `${attempt}.then(() => 'allowed', (e) => 'refused: ' + e.message)`,
    );
    expect(outcome, attempt).toMatch(/^refused: Access to storage is not allowed from this context/);
  }

  // 5. Settings (webhook URL, chat id, endpoints), status, wallet and trading are privileged.
  for (const [type, payload] of [
    ['settings.get', {}],
    ['status.get', {}],
    ['settings.update', { patch: { notifications: { webhookUrl: 'https://evil.example/hook' } } }],
    ['wallet.status', {}],
    ['wallet.stayUnlocked', {}],
    ['wallet.remove', { confirm: 'REMOVE' }],
    ['killSwitch.set', { on: false }],
    ['position.enter', { marketId: 'm-1' }],
    ['mode.setLive', { confirm: true }],
  ] as const) {
    const reply = await cs.send(type, payload);
    expect(reply, type).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  }
  // The overlay's own narrow message: the mode, nothing else of the settings.
  expect(await cs.send('overlay.display')).toEqual({ ok: true, data: { mode: 'paper' } });
  // Positions: only the market this page shows, whatever the content script asks for.
  const asked = await cs.send('overlay.positions', { slugs: ['market-1', 'market-2'] });
  expect(asked).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  const positions = await cs.send<{ ok: true; data: { slug: string; marketId: string }[] }>(
    'overlay.positions',
  );
  expect(positions.data.map((p) => [p.slug, p.marketId])).toEqual([['market-1', 'm-1']]);

  // The wallet survived all of it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await sendFromPage<Reply>(options, 'wallet.status')).toMatchObject({
    ok: true,
    data: { hasWallet: true, address: TEST_ADDRESS },
  });
});

test('from the page’s own scripts: a closed overlay that ignores forged events and does not reveal the id', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  // A scored market the user holds no position in: its details offer "Enter position…".
  const site = await openMarketPage(context, '/event/event-3/market-3');
  const cs = await ContentScriptWorld.attach(site, extensionId);
  await expect.poll(() => cs.overlayText()).toContain('7/10');

  // The page cannot reach into the overlay.
  expect(
    await site.evaluate(() => document.querySelector('equilibrage-overlay')?.shadowRoot ?? null),
  ).toBeNull();

  // Untrusted clicks do nothing: a page's .click()/dispatchEvent on the host, and even a script
  // clicking the button itself inside the shadow root.
  await site.evaluate(() => {
    const host = document.querySelector('equilibrage-overlay') as HTMLElement;
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await cs.evaluate(
    `chrome.dom.openOrClosedShadowRoot(document.querySelector('equilibrage-overlay')).querySelector('[data-testid="equilibrage-overlay"]').click()`,
  );
  await site.waitForTimeout(300);
  expect(await cs.overlayText('[role="dialog"]')).toBe('');

  // A real click opens the details; a forged Escape or outside click does not close them.
  await clickInOverlay(site, cs, '[data-testid="equilibrage-overlay"]');
  await expect.poll(() => cs.overlayText('[role="dialog"]')).toContain('Liquidity');
  await site.evaluate(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
  await site.waitForTimeout(300);
  expect(await cs.overlayText('[role="dialog"]')).toContain('Liquidity');
  // The "Enter position…" button ignores a scripted click: no dashboard tab opens.
  const pagesBefore = context.pages().length;
  await cs.evaluate(
    `[...chrome.dom.openOrClosedShadowRoot(document.querySelector('equilibrage-overlay')).querySelectorAll('button')].find((b) => b.textContent.includes('Enter position')).click()`,
  );
  await site.waitForTimeout(500);
  expect(context.pages().length).toBe(pagesBefore);

  // A forged "newer content script started" event (with the real id) does not remove the overlay.
  await site.evaluate((id) => {
    const type = `${id}:polymarket:wxt:content-script-started`;
    const detail = { contentScriptName: 'polymarket', messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, contentScriptName: 'polymarket', messageId: 'forged' }, '*');
  }, extensionId);
  await site.waitForTimeout(500);
  expect(await site.locator('equilibrage-overlay').count()).toBe(1);
  expect(await cs.overlayText()).toContain('7/10');
  // …and it still follows the page: the title re-rendered, the overlay comes back beside it.
  await site.evaluate(() => {
    const h1 = document.createElement('h1');
    h1.textContent = 'Will the Fed cut rates in December?';
    document.querySelector('h1')?.replaceWith(h1);
  });
  await expect
    .poll(() => site.evaluate(() => document.querySelector('h1 equilibrage-overlay') !== null))
    .toBe(true);

  // Nothing the page can see names the extension's id: no window message, nothing in the DOM.
  const saw = await site.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw);
  expect(saw.filter((m) => m.includes(extensionId) && !m.includes('forged'))).toEqual([]);
  expect(await site.evaluate(() => document.documentElement.outerHTML)).not.toContain(extensionId);
  await site.screenshot({ path: shot('hardening-overlay-after-forgeries') });
});

test('endpoints and news feeds: https only in a production build, http only for 127.0.0.1 in the test build', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  for (const patch of [
    { endpoints: { clobUrl: 'http://clob.evil.example' } },
    { endpoints: { clobWsUrl: 'ws://10.1.2.3/ws/market' } },
    { news: { rssFeeds: ['http://feeds.example.com/rss'] } },
  ]) {
    const reply = await sendFromPage<{ ok: boolean; data: { ok: boolean } }>(options, 'settings.update', {
      patch,
    });
    expect(reply.data.ok, JSON.stringify(patch)).toBe(false);
  }
  const local = await sendFromPage<{ ok: boolean; data: { ok: boolean } }>(options, 'settings.update', {
    patch: { endpoints: { gammaUrl: 'http://127.0.0.1:9/' } },
  });
  expect(local.data.ok).toBe(true);
});

test('live mode: the paper switch says what happens to live positions; an endpoint change drops to paper', async ({
  context,
  extensionId,
}) => {
  const now = Date.now();
  // Every check live trading requires ran and passed (a report of one check is not a pass).
  const report = passingDoctorReport(now, TEST_ADDRESS);
  await seedStore(context, extensionId, {
    runtimeState: [{ key: 'doctor.lastReport', value: report, updatedAt: now }],
  });
  const options = await importWallet(context, extensionId);
  // A live position held in the market m-3 (seeded as the user's, as a live entry would leave it).
  const live = await sendFromPage<Reply>(options, 'mode.setLive', { confirm: true });
  expect(live).toMatchObject({ ok: true, data: { mode: 'live' } });
  await seedStore(context, extensionId, {
    positions: [
      {
        id: 'pos-live',
        marketId: 'm-3',
        marketName: 'Élection présidentielle : Macron, démission avant 2027 ?',
        conditionId: '0xcond3',
        eventId: null,
        yesTokenId: 'tok-yes-3',
        noTokenId: 'tok-no-3',
        yesLabel: 'Yes',
        noLabel: 'No',
        entryTime: now - 60_000,
        entryPriceYes: 410_000,
        entryPriceNo: 600_000,
        capitalYes: 10_000_000,
        capitalNo: 10_000_000,
        sharesYes: 24_390_243,
        sharesNo: 16_666_666,
        currentPriceYes: 410_000,
        currentPriceNo: 600_000,
        status: 'active',
        liquidatedSide: null,
        realisedProceeds: 0,
        feesPaid: 0,
        pnl: 0,
        mode: 'live',
        closeReason: null,
        closedAt: null,
        updatedAt: now,
        strategy: 'balancing',
      },
    ],
  });
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.reload();
  const trading = options.getByRole('region', { name: 'Trading mode' });
  await trading.getByRole('switch', { name: 'Live trading' }).click();
  const dialog = options.getByRole('dialog', { name: 'Switch back to paper trading?' });
  await expect(dialog).toContainText('Your 1 open live positions stay real');
  await dialog.screenshot({ path: shot('hardening-paper-switch-dialog') });
  await dialog.getByRole('button', { name: 'Stay live' }).click();

  // A changed endpoint voids the doctor's approval: back to paper, and the page says why.
  const changed = await sendFromPage<{ ok: boolean; data: { ok: boolean; settings: { mode: string } } }>(
    options,
    'settings.update',
    { patch: { endpoints: { clobUrl: 'https://clob.example.com' } } },
  );
  expect(changed.data).toMatchObject({ ok: true, settings: { mode: 'paper' } });
  const notice = options.getByTestId('live-stop-notice');
  await expect(notice).toContainText('Live trading was switched off automatically');
  await expect(notice).toContainText('An API endpoint changed.');
  await expect(trading.getByRole('switch', { name: 'Live trading' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  // The doctor's earlier pass no longer counts: live needs a new run.
  expect(await sendFromPage<Reply>(options, 'mode.setLive', { confirm: true })).toMatchObject({
    ok: false,
    error: { code: 'live_refused_walletChanged' },
  });
  await options.reload();
  await expect(trading.getByRole('switch', { name: 'Live trading' })).toBeDisabled();
  await expect(options.getByTestId('live-stop-notice')).toContainText('An API endpoint changed.');
  // The doctor's verdict no longer reads 'Ready' for a report made before the drop.
  await expect(options.getByTestId('doctor-verdict')).toHaveText(
    'These checks passed, but live trading was switched off automatically after them: run them again to switch it back on.',
  );
  await trading.screenshot({ path: shot('hardening-options-after-drop') });
});
