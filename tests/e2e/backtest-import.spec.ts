import { importExampleFiles, pickedMarkets } from './backtest-import-flow';
import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';

test('backtest dataset: several CSV files at once, then markets picked from Polymarket, each source reported', async ({
  context,
  extensionId,
  fake,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backtest`);
  await useFakeEndpoints(page, fake);

  await importExampleFiles(page);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('markets.csv (markets table): 2 markets · 1 resolution');
  await expect(report).toContainText('trades.csv (trade tape): 6 price points · from 6 trades');
  await expect(report).toContainText('series.csv (price series): 6 price points');
  await expect(report.getByTestId('import-issues')).toContainText(
    'trades-bad.csv line 4, outcome: must be YES or NO, got "MAYBE"',
  );
  const missing = page.getByTestId('import-missing');
  await expect(missing).toContainText('No order books: fills will be modelled');
  await expect(missing).toContainText('No scores: the score threshold is not checked.');
  await expect(missing).toContainText('No resolution for “Will the index close above 5000?”');
  await expect(page.getByTestId('dataset-summary')).toContainText('2 markets (resolved: 1)');
  await page.getByRole('region', { name: 'Dataset' }).screenshot({ path: shot('backtest-import-report') });

  const picked = pickedMarkets(fake);
  await page.getByTestId('pick-markets').fill(picked.text);
  await page.getByRole('button', { name: 'Fetch price history' }).click();
  const results = page.getByTestId('pick-results');
  await expect(results).toContainText(`${picked.resolved}:`, { timeout: 30_000 });
  await expect(results).toContainText('no-such-market-anywhere: no market with this id, slug or ticker');
  await expect(results.getByText(picked.resolved)).toContainText(
    /\d+ price points, 0 book snapshots, resolved$/,
  );
  await expect(results.getByText(picked.open)).toContainText('not resolved');
  await expect(report.getByTestId('import-source')).toHaveCount(6);
  await expect(report).toContainText(`Polymarket: ${picked.resolved} (Polymarket): 1 market · 1 resolution`);
  await expect(page.getByTestId('dataset-summary')).toContainText('4 markets (resolved: 2)');
  await page.getByRole('button', { name: 'Run backtest' }).click();
  await expect(
    page.getByRole('region', { name: 'Is there an edge?' }).getByTestId('edge-verdict'),
  ).not.toHaveCount(0);
  await page.screenshot({ path: shot('backtest-import-picked'), fullPage: true });
});
