import { expect, test } from './extension-fixture';
import { shot } from './shots';

test('backtest tab: demo dataset, strategies side by side, optimiser with cancel, apply best parameters', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backtest`);
  await expect(page.getByRole('tab', { name: 'Backtest' })).toHaveAttribute('aria-selected', 'true');
  const run = page.getByRole('button', { name: 'Run backtest' });
  await expect(run).toBeDisabled();

  await page.getByRole('button', { name: 'Load demo dataset' }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('8 markets');
  await run.click();
  const report = page.getByRole('table', { name: 'Report' });
  await expect(report).toBeVisible();
  for (const name of ['Balancing', 'Momentum', 'Mean reversion'])
    await expect(report.getByRole('columnheader', { name })).toBeVisible();
  await expect(report.getByRole('row', { name: /Fill model/ })).toContainText('synthetic');
  await expect(page.getByRole('figure', { name: 'Equity', exact: true }).last()).toBeVisible();
  await expect(page.getByRole('region', { name: 'By exit reason' })).toContainText('Liquidation');
  await page.screenshot({ path: shot('backtest-report'), fullPage: true });

  // A long random search split across min(cores, 4) workers: summed progress, then Cancel stops them all.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.getByLabel('Search').selectOption('random');
  await page.getByLabel('Random sets').fill('400');
  await page.getByRole('button', { name: /Run optimiser/ }).click();
  const status = page.getByRole('status').filter({ hasText: /\/ 400 parameter sets/ });
  await expect(status).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(Math.max(1, Math.min(cores, 4)));
  await page.screenshot({ path: shot('backtest-progress'), fullPage: false });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Cancelled after \d+ \/ 400/ })).toBeVisible();
  await expect.poll(() => page.workers().length).toBe(0);

  // The grid (27 sets) with walk-forward on momentum, then apply the best set after seeing the diff:
  // parameters tuned for momentum switch the live strategy (balancing) to momentum, and say so.
  await page.getByRole('combobox', { name: 'Strategy', exact: true }).selectOption('momentum');
  await page.getByLabel('Search').selectOption('grid');
  await page.getByLabel('Walk-forward windows').selectOption('3');
  await page.getByRole('button', { name: /Run optimiser/ }).click();
  const ranked = page.getByRole('region', { name: 'Best parameter sets' });
  await expect(ranked).toBeVisible({ timeout: 60_000 });
  await expect(ranked.getByRole('note')).toContainText('in-sample');
  await expect(ranked).toContainText('Walk-forward');
  await page.screenshot({ path: shot('backtest-optimiser'), fullPage: true });
  const apply = page.getByRole('button', { name: 'Apply best parameters' });
  await apply.click();
  const dialog = page.getByRole('dialog', { name: 'Apply these strategy parameters?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('columnheader', { name: 'New' })).toBeVisible();
  await expect(dialog.getByTestId('apply-strategy')).toHaveText(/Strategy\s*Balancing\s*Momentum/);
  await page.screenshot({ path: shot('backtest-apply-dialog') });
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings updated.' })).toBeVisible();
  const options = await page.context().newPage();
  await options.goto(page.url().replace(/dashboard\.html.*$/, 'options.html'));
  await expect(options.getByRole('combobox', { name: /^Strategy/ })).toHaveValue('momentum');
});
