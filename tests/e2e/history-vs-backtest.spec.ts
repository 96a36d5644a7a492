import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { seedClosedOnFakeMarkets } from './history-vs-backtest-flow';
import { shot } from './shots';

test('history: own closed positions beside the backtest of the same period, with a sentence', async ({
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
  await expect(own.getByTestId('closed-edge-paper')).toContainText('inconclusive (fewer than 30 trades)');
  await own.getByRole('button', { name: 'Compare with the backtest' }).click();
  const paper = own.getByTestId('own-vs-backtest-paper');
  await expect(paper).toBeVisible({ timeout: 60_000 });
  await expect(paper).toContainText(
    /positions on 3 market\(s\), .* to .*: the same markets and period replayed/,
  );
  await expect(paper.getByTestId('own-verdict')).toContainText('Your positions');
  await expect(paper.getByTestId('own-verdict')).toContainText('6 trades');
  await expect(paper.getByTestId('backtest-verdict')).toContainText('Backtest (Balancing)');
  await expect(paper.getByTestId('backtest-verdict').getByTestId('edge-verdict')).toContainText(/^Edge: /);
  // Six positions cannot carry a verdict: the comparison says the data is too thin.
  await expect(paper.getByTestId('own-vs-backtest-thin')).toContainText(
    'Too little data to compare: a verdict needs at least 30 trades on each side (6 positions,',
  );
  await own.screenshot({ path: shot('history-vs-backtest') });
});
