import { useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { expect, test } from './fake-venues-fixture';
import { shot } from './shots';

test('Check endpoints: Polymarket’s three APIs, then Kalshi’s API, key and location once Kalshi is on', async ({
  context,
  extensionId,
  fake,
  kalshi,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await useFakeEndpoints(page, fake);
  await useFakeKalshi(page, kalshi);
  await page.reload();
  await page.getByRole('button', { name: 'Check endpoints' }).click();
  const checks = page.getByTestId('endpoint-checks');
  await expect(checks).toContainText('gamma —', { timeout: 20_000 });
  await expect(checks).toContainText('clob —');
  await expect(checks).toContainText('Kalshi API — reachable: exchange open, trading active');
  await expect(checks).toContainText('Kalshi key — no Kalshi API key saved');
  await expect(checks).toContainText('Kalshi location — not checked: it needs a Kalshi key that works');
  await checks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('options-venue-checks'), fullPage: false });
});
