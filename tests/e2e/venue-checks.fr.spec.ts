import { useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { expect, test } from './fake-venues-fixture';
import { shot } from './shots';

test('Tester les adresses : les API de Polymarket, puis l’API, la clé et la localisation Kalshi', async ({
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
  await page.getByRole('button', { name: 'Tester les adresses' }).click();
  const checks = page.getByTestId('endpoint-checks');
  await expect(checks).toContainText('API Kalshi — joignable : place ouverte, négociation active', {
    timeout: 20_000,
  });
  await expect(checks).toContainText('Clé Kalshi — aucune clé d’API Kalshi enregistrée');
  await expect(checks).toContainText('Localisation Kalshi — non vérifiée');
  await checks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('options-venue-checks-fr'), fullPage: false });
});
