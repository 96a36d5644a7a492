import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { resolvedPositions } from './seed-resolved';
import { shot } from './shots';

test('le capital bloqué dans des marchés résolus et la récompense de détention, en français', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, { positions: resolvedPositions(Date.now()) });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const locked = page.getByTestId('capital-locked');
  await expect(page.getByRole('region', { name: 'Capital bloqué dans des marchés résolus' })).toBeVisible();
  await expect(locked).toContainText(/136,15\s\$/);
  await expect(locked.getByTestId('resolved-item').first()).toContainText(/Rapporte 96,15\s\$/);
  await expect(locked.getByRole('button', { name: 'Encaisser' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Tout encaisser' })).toBeVisible();
  await expect(locked).toContainText('Refusé : PRECHECK_SKIPPED');
  await expect(page.getByTestId('holding-reward').first()).toContainText('Récompense de détention ≈');
  await expect(page.getByTestId('holding-reward').first()).toContainText('/jour à 4 % par an');
  await page.screenshot({ path: shot('fr-popup-capital-locked'), fullPage: true });

  const dash = await context.newPage();
  await dash.setViewportSize({ width: 1280, height: 800 });
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await expect(dash.getByTestId('capital-locked')).toContainText(/136,15\s\$/);
  await dash.screenshot({ path: shot('fr-dashboard-capital-locked') });
});
