import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';

/**
 * Issue 18 item 1 against the fake: the entry preview prices the pairs both ways — on both order
 * books (fees and slippage) and by a split at $1 a pair plus gas — and says which one the bot takes
 * and why; the total is the chosen way's.
 */
test('the entry preview shows the books and the split side by side, and the choice with its reason', async ({
  context,
  extensionId,
  fake,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await useFakeEndpoints(popup, fake);
  await popup.getByRole('button', { name: 'Scan now', exact: true }).click();
  await expect(popup.getByTestId('opportunity-item').first()).toBeVisible({ timeout: 30_000 });
  await popup
    .getByTestId('opportunity-item')
    .first()
    .getByRole('button', { name: /^Enter / })
    .click();
  const dialog = popup.getByRole('dialog');
  await expect(dialog.getByTestId('entry-preview')).toBeVisible({ timeout: 15_000 });
  const method = dialog.getByTestId('entry-method');
  await expect(method).toContainText(/^Books or split for [\d,.]+ pairs \([\d,.]+ YES \+ [\d,.]+ NO\)/);
  await expect(dialog.getByTestId('entry-method-books')).toContainText(
    /Buy both order books: \$[\d,.]+ \(taker fees \$[\d,.]+, slippage included\)/,
  );
  // Paper with the default account kind (a plain wallet) models the POL gas of the split.
  await expect(dialog.getByTestId('entry-method-split')).toContainText(
    /Split pUSD into pairs at exactly \$1\.00 a pair: \$[\d,.]+ \(gas \$0\.00\d+\)/,
  );
  const reason = dialog.getByTestId('entry-method-reason');
  await expect(reason).toContainText(
    /^(Split chosen: \$[\d,.]+ cheaper than buying the books|Books chosen: \$[\d,.]+ cheaper than splitting)/,
  );
  // The chosen line is ticked, and the total is that way's cost.
  const chosen = (await reason.textContent())?.startsWith('Split')
    ? 'entry-method-split'
    : 'entry-method-books';
  await expect(dialog.getByTestId(chosen)).toContainText(/^✓/);
  await popup.screenshot({ path: shot('i18-entry-preview-books-vs-split') });
});
