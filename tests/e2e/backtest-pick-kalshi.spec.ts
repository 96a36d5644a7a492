import { useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { expect, test } from './fake-venues-fixture';
import { shot } from './shots';

test('backtest dataset: Kalshi markets picked by kalshi:TICKER and by kalshi.com link, reported as Kalshi’s', async ({
  context,
  extensionId,
  fake,
  kalshi,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backtest`);
  await useFakeEndpoints(page, fake);
  await useFakeKalshi(page, kalshi);
  const [first = '', second = ''] = [...kalshi.state.markets.keys()];
  const event = kalshi.state.market(second)?.eventTicker ?? '';
  const link = `https://kalshi.com/markets/${event.split('-')[0]?.toLowerCase()}/title/${event.toLowerCase()}`;
  await page.getByTestId('pick-markets').fill(`kalshi:${first}\n${link}\nKXNOPE-26JUN10-T99`);
  await page.getByRole('button', { name: 'Fetch price history' }).click();
  const results = page.getByTestId('pick-results');
  await expect(results).toContainText('KXNOPE-26JUN10-T99: no market with this id, slug or ticker', {
    timeout: 30_000,
  });
  await expect(results).toContainText(/price points, 0 book snapshots, not resolved/);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('(Kalshi)');
  await expect(page.getByTestId('dataset-summary')).toContainText('markets');
  await page.getByRole('region', { name: 'Dataset' }).screenshot({ path: shot('backtest-pick-kalshi') });
  await page.getByRole('button', { name: 'Run backtest' }).click();
  await expect(
    page.getByRole('region', { name: 'Is there an edge?' }).getByTestId('edge-verdict'),
  ).not.toHaveCount(0);
});
