import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { pairTradeRows } from './seed-pair-trades';
import { shot } from './shots';

test('l’historique en français : étiquettes Scission, Fusion, Encaissement et prix de revient', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, pairTradeRows(Date.now()));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  const rows = page.getByTestId('trade-row');
  await expect(rows).toHaveCount(11);
  const tagged = (word: string) =>
    rows.filter({ has: page.getByTestId('trade-method').getByText(word, { exact: true }) });
  await expect(tagged('Scission')).toHaveCount(2);
  await expect(tagged('Scission').first()).toContainText('prix de revient : 1,00 $ la paire');
  await expect(tagged('Fusion')).toHaveCount(2);
  await expect(tagged('Encaissement')).toHaveCount(1);
  await expect(page.getByTestId('trade-method-legend')).toContainText(
    'Les transactions sans étiquette ont été achetées ou vendues sur le carnet d’ordres',
  );
  await page.screenshot({ path: shot('history-methods-fr'), fullPage: true });
  await page.getByLabel('Méthode').selectOption('merge');
  await expect(rows).toHaveCount(2);
});
