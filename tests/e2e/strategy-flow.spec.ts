import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { sendFromPage, useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';
import { readTable } from './store-reader';

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };

test('momentum chosen in the options waits for its move, then enters one side behind the preview', async ({
  context,
  extensionId,
  fake,
}) => {
  const market = prepareMarket(fake, 0);

  // The user picks the strategy in the options page: it applies to new positions.
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const strategy = options.getByRole('combobox', { name: /^Strategy/ });
  await expect(strategy).toHaveValue('balancing');
  await strategy.selectOption({ label: 'Momentum (buy the side that rose)' });
  await options.reload();
  await expect(options.getByRole('combobox', { name: /^Strategy/ })).toHaveValue('momentum');
  await options.getByRole('combobox', { name: /^Strategy/ }).scrollIntoViewIfNeeded();
  await options.screenshot({ path: shot('options-strategy') });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await useFakeEndpoints(page, fake);
  // First look at the market: its prices become the reference, nothing is bought.
  const waiting = await sendFromPage<Reply<unknown>>(page, 'position.enter', { marketId: market.id });
  expect(waiting.ok).toBe(false);
  if (!waiting.ok) expect(waiting.error.message).toContain('Waiting for YES or NO to rise 30%');
  expect(await readTable(page, 'positions')).toHaveLength(0);

  // YES creeps to 58¢ (+16 %): still waiting; the scanner's watch list shows how far along it is.
  setYesBook(
    fake,
    market,
    [
      [0.57, 500],
      [0.56, 500],
    ],
    [
      [0.59, 500],
      [0.6, 500],
    ],
  );
  const again = await sendFromPage<Reply<unknown>>(page, 'position.enter', { marketId: market.id });
  expect(again.ok).toBe(false);
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.reload();
  const watching = page.getByTestId('watching-panel');
  await expect(watching).toContainText('Momentum — markets watched: 1');
  const row = watching.getByTestId('watched-market');
  await expect(row).toContainText('50¢ → 58¢ (+16 %)');
  await expect(row.getByRole('meter')).toHaveAttribute('aria-valuenow', '53');
  await page.screenshot({ path: shot('dashboard-watching') });

  // YES moves from 50¢ to 66¢ (+32 %): the preview proposes YES only.
  setYesBook(
    fake,
    market,
    [
      [0.65, 500],
      [0.64, 500],
    ],
    [
      [0.67, 500],
      [0.68, 500],
    ],
  );
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1200, height: 800 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#enter=${market.id}`);
  const dialog = dashboard.getByRole('dialog', { name: 'Enter a momentum position' });
  await expect(dialog.getByTestId('entry-strategy')).toContainText('Strategy: Momentum', { timeout: 15_000 });
  await expect(dialog.getByTestId('entry-strategy')).toContainText(
    // Words from the background, numbers in the UI's format ("32 %", as everywhere in the UI).
    'YES rose 32 % from 50¢ to 66¢: buy YES only',
  );
  await expect(dialog.getByTestId('entry-preview').getByRole('row')).toHaveCount(2); // header + one leg
  await dashboard.screenshot({ path: shot('dashboard-enter-momentum') });
  await dialog.getByRole('button', { name: 'Confirm entry' }).click();
  await expect(dialog.getByTestId('entry-fills')).toContainText(/Filled YES at 67¢, \$\d+\.\d\d in total/, {
    timeout: 15_000,
  });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const item = popup.getByTestId('position-item');
  await expect(item).toHaveCount(1);
  await expect(item.getByTestId('position-strategy')).toHaveText(
    'Momentum: holds YES only, no divergence rule',
  );
  await expect(item).not.toContainText('No ');
  await expect(item.getByRole('meter')).toHaveCount(0);
  await popup.screenshot({ path: shot('popup-momentum-position'), fullPage: true });
});
