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
  // The verdict comes first, above every other figure, one per strategy, with its reason in words.
  const edge = page.getByRole('region', { name: 'Is there an edge?' });
  const verdicts = edge.getByTestId('edge-verdict');
  await expect(verdicts).toHaveCount(3);
  for (const text of await verdicts.allTextContents())
    expect(text).toMatch(
      /^Edge: (positive|negative|inconclusive \((fewer than 30 trades|the interval spans 0)\)) — (mean per trade [+−]\d+\.\d % \(95 % CI [+−]?\d+\.\d % to [+−]?\d+\.\d %\), \d+ trades?|no trade yet)$/,
    );
  await expect(verdicts.first()).toContainText('inconclusive (fewer than 30 trades)');
  // Beside each verdict, its baselines on the same markets: hold both legs to resolution, no trade.
  const holds = edge.getByTestId('baseline-hold');
  await expect(holds).toHaveCount(3);
  for (const text of await holds.allTextContents())
    expect(text).toMatch(
      /^Hold both legs to resolution: (positive|negative|inconclusive \((fewer than 30 trades|the interval spans 0)\)) — (mean per trade [+−]?\d+\.\d % \(95 % CI [+−]?\d+\.\d % to [+−]?\d+\.\d %\), \d+ trades?|no trade yet); total P&L [+−]?\$\d/,
    );
  await expect(holds.first()).toContainText(/\d+ trades?;/);
  await expect(edge.getByTestId('baseline-none')).toHaveText(
    Array(3).fill('No trade: 0.0 % per trade, $0.00'),
  );
  await expect(edge).toContainText('Hold both legs: YES and NO bought with the same capital');
  const edgeBox = await edge.boundingBox();
  const reportBox = await report.boundingBox();
  expect(edgeBox && reportBox && edgeBox.y < reportBox.y).toBe(true);
  // A price-only dataset says its fills were modelled, not observed, and which rules it could not check.
  const assumptions = edge.getByTestId('edge-assumptions');
  await expect(assumptions).toContainText(
    /Fills are modelled, not observed: .* a synthetic book with a 3¢ spread and 200 shares per level\./,
  );
  await expect(assumptions).toContainText(
    /Entry rules not checked \(the dataset lacks their data\): .*liquidity/,
  );
  await expect(edge).toContainText('A positive result is not a promise');
  await edge.screenshot({ path: shot('backtest-verdict') });
  await expect(page.getByRole('figure', { name: 'Equity', exact: true }).last()).toBeVisible();
  await expect(page.getByRole('region', { name: 'By exit reason' })).toContainText('Liquidation');
  await page.screenshot({ path: shot('backtest-report'), fullPage: true });

  // The book model is set in the form; a 5¢ model is wider than the 3¢ maximum spread, so the
  // spread rule refuses every modelled entry, and the report names the model it ran with.
  const spread = page.getByLabel('Book model spread (¢)');
  await expect(spread).toHaveValue('3');
  await expect(page.getByLabel('Book model depth (shares per level)')).toHaveValue('200');
  await spread.fill('5');
  await page.getByLabel('Book model depth (shares per level)').fill('50');
  await run.click();
  await expect(assumptions).toContainText('a synthetic book with a 5¢ spread and 50 shares per level.');
  await expect(assumptions).toContainText(
    "The book model's 5¢ spread is wider than the strategy's maximum spread (3¢): the spread rule refuses every entry on a modelled book.",
  );
  await edge.screenshot({ path: shot('backtest-verdict-wide-model') });
  await expect(verdicts).toHaveText(
    Array(3).fill('Edge: inconclusive (fewer than 30 trades) — no trade yet'),
  );
  await spread.fill('3');
  await page.getByLabel('Book model depth (shares per level)').fill('200');

  // Balanced entries by the books (as the CLI, by default) or compared with split pairs, side by side.
  const method = page.getByLabel('Balanced entries by');
  await expect(method).toHaveValue('books');
  await expect(page.getByTestId('entry-method-table')).toHaveCount(0);
  await method.selectOption('compare');
  await run.click();
  const entries = page.getByTestId('entry-method-table');
  await expect(entries.getByTestId('entry-method-row')).toHaveCount(6);
  await expect(report.getByRole('columnheader', { name: 'Balancing (split)' })).toBeVisible();
  const splitRow = entries.getByRole('row', { name: /^Balancing \(split\)/ });
  await expect(splitRow).toContainText('Split pUSD into pairs');
  expect(Number((await splitRow.getByRole('cell').nth(1).textContent()) ?? '0')).toBeGreaterThan(0);
  await expect(entries.getByRole('row', { name: /^Balancing \(books\)/ }).getByRole('cell')).toHaveText([
    'Buy both order books',
    '0',
    '0',
    '$0.0000',
    /^[+−]?\$\d/,
  ]);
  await expect(verdicts).toHaveCount(6);
  await entries.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('backtest-entry-compare'), fullPage: true });
  await method.selectOption('books');

  // A long random search split across min(cores, 4) workers: summed progress, then Cancel stops them all.
  // The default ranking is the lower bound of the mean return per trade, said in words.
  await expect(page.getByLabel('Rank by')).toHaveValue('edgeLowerBound');
  await expect(page.getByTestId('objective-hint')).toContainText('worst plausible mean return per trade');
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
  // No set of the demo reaches 30 trades: none has a positive lower bound, and the page says so.
  await expect(ranked.getByTestId('no-positive')).toHaveText(
    'No parameter set has a positive lower bound: none shows an edge on this data.',
  );
  const statuses = await ranked.getByTestId('fold-status').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) expect(status).not.toBe('ok');
  await page.screenshot({ path: shot('backtest-optimiser'), fullPage: true });
  const apply = page.getByRole('button', { name: 'Apply best parameters' });
  await apply.click();
  const dialog = page.getByRole('dialog', { name: 'Apply these strategy parameters?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('columnheader', { name: 'New' })).toBeVisible();
  // The verdict of the set about to be applied comes before the question.
  const verdict = dialog.getByTestId('apply-verdict');
  await expect(verdict).toContainText(/Edge: (positive|negative|inconclusive)/);
  await expect(verdict.getByTestId('apply-no-positive')).toContainText('Applying one is a guess');
  const verdictBox = await verdict.boundingBox();
  const applyBox = await dialog.getByRole('button', { name: 'Apply', exact: true }).boundingBox();
  expect(verdictBox && applyBox && verdictBox.y < applyBox.y).toBe(true);
  await expect(dialog.getByTestId('apply-strategy')).toHaveText(/Strategy\s*Balancing\s*Momentum/);
  await page.screenshot({ path: shot('backtest-apply-dialog') });
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings updated.' })).toBeVisible();
  const options = await page.context().newPage();
  await options.goto(page.url().replace(/dashboard\.html.*$/, 'options.html'));
  await expect(options.getByRole('combobox', { name: /^Strategy/ })).toHaveValue('momentum');
});
