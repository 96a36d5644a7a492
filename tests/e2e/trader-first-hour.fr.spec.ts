import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { shot } from './shots';

/** Issue 21: what a French trader sees in the first hour is true (mode, distances, thresholds, forms, layout). */

const config = (settings: Record<string, unknown>) => ({
  config: [{ id: 'singleton', settings: { ...DEFAULT_SETTINGS, ...settings }, updatedAt: Date.now() }],
});

test('paper popup: distances, held markets, the threshold explained, every figure tagged PAPER', async ({
  context,
  extensionId,
}) => {
  await seedStore(
    context,
    extensionId,
    config({ strategy: { ...DEFAULT_SETTINGS.strategy, opportunityThreshold: 10 } }),
  );
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const positions = popup.getByTestId('position-item');
  await expect(positions).toHaveCount(2);
  // Exits read as distances, not as levels.
  await expect(positions.first()).toContainText('avant la prise de bénéfice');
  await expect(positions.first()).toContainText('de marge avant le stop-loss');
  await expect(positions.first().getByTestId('mode-tag')).toHaveText('PAPIER');
  await expect(popup.getByRole('region', { name: 'Capital' }).getByTestId('mode-tag')).toHaveText('PAPIER');
  // No market reaches 10/10: the popup says so, with the best score and what would raise it.
  await expect(popup.getByTestId('threshold-note')).toContainText(
    'Aucun marché n’atteint votre seuil d’entrée de 10/10 (meilleur score de cette analyse : 9/10)',
  );
  await expect(popup.getByTestId('threshold-note')).toContainText('activez GDELT');
  // Held markets are marked, not offered.
  const fed = popup.getByTestId('opportunity-item').filter({ hasText: 'Will the Fed cut rates' });
  await expect(fed.getByTestId('held-tag')).toHaveText('Détenu');
  await expect(fed.getByRole('button')).toHaveCount(0);
  await popup.screenshot({ path: shot('fr-i21-popup-paper'), fullPage: true });

  // The entry preview: where the position starts against the stop-loss, columns apart.
  await popup.getByRole('button', { name: 'Entrer sur Élection présidentielle' }).click();
  const dialog = popup.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await popup.screenshot({ path: shot('fr-i21-entry-preview') });
});

test('live popup: no paper position or paper P&L mixed in, the paper positions named apart', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, config({ mode: 'live' }));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('mode-badge')).toHaveText('RÉEL');
  await expect(popup.getByTestId('position-item')).toHaveCount(0);
  await expect(popup.getByTestId('pnl-total')).toHaveText(/^0,00\s\$$/);
  await expect(popup.getByTestId('other-mode-positions')).toContainText(
    'Positions papier ouvertes : 2. Non comptées ici',
  );
  await expect(popup.getByRole('region', { name: 'Capital' })).toContainText('Solde réel');
  await popup.screenshot({ path: shot('fr-i21-popup-live'), fullPage: true });
});

test('options: an error clears once the value is valid again; quiet hours are times', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const low = page.getByLabel('Bande équilibrée, bas', { exact: false }).first();
  await low.fill('70');
  await low.blur();
  await expect(page.getByRole('alert').filter({ hasText: /bande/i }).first()).toBeVisible();
  await expect(low).toHaveAttribute('aria-invalid', 'true');
  await low.fill('35');
  await low.blur();
  await expect(low).not.toHaveAttribute('aria-invalid', 'true');

  const start = page.getByLabel('Début des heures calmes');
  await expect(start).toHaveAttribute('type', 'time');
  await expect(start).toHaveValue('22:00');
  await start.fill('23:30');
  await start.blur();
  await expect(page.getByText('Enregistré', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('minutes après minuit')).toHaveCount(0);
  await page.getByLabel('Début des heures calmes').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('fr-i21-options'), fullPage: true });
});

test('dashboard: the scanner fits 1280 px with Enter visible; History totals per mode, CSV for spreadsheets', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const dash = await context.newPage();
  await dash.setViewportSize({ width: 1280, height: 900 });
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  const row = dash.getByTestId('scanner-row').filter({ hasText: 'Arsenal' });
  const enter = row.getByRole('button', { name: /^Entrer sur/ });
  await expect(enter).toBeInViewport({ ratio: 1 });
  await expect(
    dash.getByTestId('scanner-row').filter({ hasText: 'Will the Fed cut rates' }).getByTestId('held-tag'),
  ).toHaveText('Détenu');
  await dash.getByRole('button', { name: 'Pourquoi 9/10' }).click();
  await expect(dash.getByTestId('score-explanation')).toContainText('à moins de 2 % du milieu');
  await dash.screenshot({ path: shot('fr-i21-dashboard-scanner'), fullPage: true });
  await enter.click();
  const dialog = dash.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((el) => getComputedStyle(el).textAlign)).toBe('left');
  await dash.screenshot({ path: shot('fr-i21-dashboard-entry') });
  await dialog.getByRole('button', { name: 'Annuler' }).click();

  await dash.getByRole('tab', { name: 'Historique' }).click();
  await expect(dash.getByTestId('history-totals-paper')).toContainText('PAPIER');
  await expect(dash.getByRole('button', { name: /points-virgules, virgule décimale/ })).toBeVisible();
  const download = dash.waitForEvent('download');
  await dash.getByRole('button', { name: /points-virgules/ }).click();
  expect((await download).suggestedFilename()).toMatch(/-semicolon\.csv$/);
  await dash.screenshot({ path: shot('fr-i21-dashboard-history'), fullPage: true });
});
