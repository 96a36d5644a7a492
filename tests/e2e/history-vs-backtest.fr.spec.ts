import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { seedClosedOnFakeMarkets } from './history-vs-backtest-flow';
import { shot } from './shots';

test('historique : vos positions à côté du backtest de la même période, en français', async ({
  context,
  extensionId,
  fake,
}) => {
  await seedClosedOnFakeMarkets(context, extensionId, fake);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await useFakeEndpoints(page, fake);
  const own = page.getByTestId('closed-edge');
  await own.getByRole('button', { name: 'Comparer avec le backtest' }).click();
  const paper = own.getByTestId('own-vs-backtest-paper');
  await expect(paper).toBeVisible({ timeout: 60_000 });
  await expect(paper.getByTestId('own-verdict')).toContainText('Vos positions');
  await expect(paper.getByTestId('backtest-verdict')).toContainText('Backtest (Équilibrage)');
  await expect(paper.getByTestId('own-vs-backtest-thin')).toContainText('Trop peu de données pour comparer');
  await own.screenshot({ path: shot('history-vs-backtest-fr') });
});
