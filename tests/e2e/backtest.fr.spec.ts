import { expect, test } from './extension-fixture';
import { shot } from './shots';

/** The Backtest tab in French (project `fr`): labels, numbers and the report. */
test('the backtest tab speaks French', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backtest`);
  await page.getByRole('button', { name: 'Charger la démo' }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('8 marchés');
  await page.getByRole('button', { name: 'Lancer le backtest' }).click();
  const report = page.getByRole('table', { name: 'Rapport' });
  await expect(report.getByRole('columnheader', { name: 'Retour à la moyenne' })).toBeVisible();
  await expect(report.getByRole('row', { name: /Taux de gain/ })).toContainText(/\d+(,\d)?\s%/);
  await page.screenshot({ path: shot('backtest-fr'), fullPage: true });
});
