import { setYesBook } from '../integration/trading/support/fake-books';
import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { shot } from './shots';
import { readTable } from './store-reader';

interface Opportunity {
  marketId: string;
  slug: string;
  marketName: string;
  score: number;
}

/**
 * The whole story through the UI against the fake Polymarket: Scan now in the popup → the overlay on
 * the market's page → "Enter position…" opens the dashboard's preview → confirm → the
 * position in the popup → the monitor liquidates the losing side → popup and history show it.
 */
test('scan, enter from the overlay with a preview, and see the liquidation', async ({
  context,
  extensionId,
  fake,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await useFakeEndpoints(popup, fake);
  await popup.getByRole('button', { name: 'Scan now' }).click();
  await expect(popup.getByTestId('pass-scan')).not.toContainText('never run', { timeout: 30_000 });
  await expect(popup.getByTestId('opportunity-item').first()).toBeVisible();
  const [best] = (await readTable<Opportunity>(popup, 'opportunities')).sort((a, b) => b.score - a.score);
  if (!best) throw new Error('the scan found no opportunity');
  const market = fake.state.markets.find((m) => m.id === best.marketId);
  if (!market) throw new Error('opportunity not in the fake');

  await context.route('https://polymarket.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:48px 24px"><h1>${best.marketName}</h1></body></html>`,
    }),
  );
  const site = await context.newPage();
  await site.goto(`https://polymarket.com/event/some-event/${best.slug}`);
  // The shadow root is closed: read it from the content script's world, click like a user.
  const cs = await ContentScriptWorld.attach(site, extensionId);
  await expect.poll(() => cs.overlayText()).toContain(`${best.score}/10`);
  await clickInOverlay(site, cs, '[data-testid="equilibrage-overlay"]');
  const opened = context.waitForEvent('page');
  await clickInOverlay(site, cs, '[role="dialog"] button');
  const dashboard = await opened;
  await dashboard.setViewportSize({ width: 1200, height: 800 });
  expect(dashboard.url()).toContain(`dashboard.html#enter=${best.marketId}`);

  const dialog = dashboard.getByRole('dialog', { name: 'Enter a balanced position' });
  await expect(dialog.getByTestId('entry-preview')).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText('Worst price');
  await expect(dialog).toContainText('PAPER');
  // Where the position starts against the stop-loss, said before confirming.
  await expect(dialog.getByTestId('entry-start')).toContainText(/^Starts at −[\d.]+ % after spread and fees/);
  await dashboard.screenshot({ path: shot('dashboard-enter-preview') });
  const confirm = dialog.getByRole('button', { name: 'Confirm entry' });
  await confirm.click();
  await expect(dialog.getByRole('status')).toContainText(/Entered|entered/i, { timeout: 15_000 });
  await expect(confirm).toBeDisabled();
  await expect(dialog.getByTestId('entry-fills')).toContainText(/Filled at .+¢ and .+¢/);
  await dashboard.screenshot({ path: shot('dashboard-entered') });

  await popup.reload();
  await expect(popup.getByTestId('position-item')).toHaveCount(1);
  // The paper wallet paid about $100 for the two legs.
  await expect(popup.getByText(/^\$90\d\.\d\d free$/)).toBeVisible();

  // YES collapses: the monitor sells it and keeps NO.
  setYesBook(fake, market, [[0.2, 2000]], [[0.22, 2000]]);
  await popup.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ channel: 'equilibrage', type: 'pass.run', payload: { pass: 'monitor' } }),
  );
  await expect(popup.getByTestId('position-status')).toContainText('Liquidated', { timeout: 15_000 });
  await popup.screenshot({ path: shot('popup-after-liquidation'), fullPage: true });

  await dashboard.getByRole('button', { name: 'Close', exact: true }).click();
  await dashboard.getByRole('tab', { name: 'History' }).click();
  await expect(dashboard.getByTestId('trade-row').filter({ hasText: 'Liquidation' })).toHaveCount(1);
});
