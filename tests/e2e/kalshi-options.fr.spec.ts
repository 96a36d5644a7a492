import { expect, test } from './extension-fixture';
import { shot } from './shots';

test('la section Kalshi en français : démo par défaut, clé non définie', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const kalshi = page.getByRole('region', { name: 'Kalshi', exact: true });
  await expect(kalshi.getByLabel('Environnement Kalshi du mode réel')).toHaveValue('demo');
  await expect(kalshi.getByRole('option', { name: 'Démo (argent fictif)' })).toBeAttached();
  await expect(page.getByTestId('kalshi-key-status')).toContainText('Non définie');
  await expect(kalshi.getByRole('button', { name: 'Enregistrer la clé Kalshi' })).toBeDisabled();
  await kalshi.scrollIntoViewIfNeeded();
  await kalshi.screenshot({ path: shot('options-kalshi-fr') });
});
