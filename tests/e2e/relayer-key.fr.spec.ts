import { expect, test } from './extension-fixture';
import { shot } from './shots';

test('la clé API du relais en français : demandée pour un portefeuille Polymarket, non définie', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  const section = page.getByTestId('relayer-key');
  await expect(section).toHaveCount(0);
  await wallet.getByLabel('Type de compte').selectOption('2');
  await expect(section).toBeVisible();
  await expect(section).toContainText('Clé API du relais Polymarket');
  await expect(section.getByTestId('relayer-key-status')).toContainText(
    'Non définie : scinder, fusionner et encaisser ne sont pas disponibles',
  );
  await expect(section.getByLabel('Adresse pour laquelle la clé a été émise')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Enregistrer la clé du relais' })).toBeDisabled();
  await section.scrollIntoViewIfNeeded();
  await wallet.screenshot({ path: shot('options-relayer-key-fr') });
});
