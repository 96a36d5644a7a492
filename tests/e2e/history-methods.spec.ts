import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { pairTradeRows } from './seed-pair-trades';
import { shot } from './shots';

test('history tags the legs traded on chain: split entry, merge exit, redeem, with their cost basis', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, pairTradeRows(Date.now()));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  const rows = page.getByTestId('trade-row');
  await expect(rows).toHaveCount(11);
  const split = rows.filter({ has: page.getByTestId('trade-method').getByText('Split', { exact: true }) });
  await expect(split).toHaveCount(2);
  await expect(split.first()).toContainText('cost basis: $1.00 a pair');
  await expect(split.first()).toContainText('gas');
  const merge = rows.filter({ has: page.getByTestId('trade-method').getByText('Merge', { exact: true }) });
  await expect(merge).toHaveCount(2);
  await expect(merge.first()).toContainText('Take-profit');
  await expect(rows.filter({ has: page.getByTestId('trade-method').getByText('Redeem') })).toHaveCount(1);
  // Order-book trades carry no tag.
  await expect(rows.filter({ hasText: 'Liquidation' }).getByTestId('trade-method')).toHaveCount(0);
  const legend = page.getByTestId('trade-method-legend');
  await expect(legend).toContainText('pUSD split into YES + NO pairs on chain at exactly $1.00 a pair');
  await expect(legend).toContainText('Trades without a tag were bought or sold on the order book');
  await page.getByRole('heading', { name: 'Trades' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('history-methods'), fullPage: true });

  await page.getByLabel('How').selectOption('split');
  await expect(rows).toHaveCount(2);
  await expect(legend).not.toContainText('Merge');
  await page.getByLabel('How').selectOption('book');
  await expect(rows).toHaveCount(6);
  await expect(page.getByTestId('trade-method')).toHaveCount(0);
  await expect(legend).toHaveCount(0);
});
