import { expect, test } from './extension-fixture';
import { shot } from './shots';

/** The Backtest tab in French (project `fr`): labels, numbers and the report. */
test('the backtest tab speaks French', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#backtest`);
  await page.getByRole('button', { name: 'Charger la démo' }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('8 marchés');
  await page.getByRole('button', { name: 'Lancer le backtest' }).click();
  const report = page.getByRole('table', { name: 'Rapport' });
  await expect(report.getByRole('columnheader', { name: 'Retour à la moyenne' })).toBeVisible();
  await expect(report.getByRole('row', { name: /Taux de gain/ })).toContainText(/\d+(,\d)?\s%/);
  // The verdict first, in French, and the modelled fills of a price-only dataset.
  const edge = page.getByRole('region', { name: 'Y a-t-il un avantage ?' });
  await expect(edge.getByTestId('edge-verdict')).toHaveCount(3);
  await expect(edge.getByTestId('edge-verdict').first()).toContainText(
    /^Avantage : non concluant \(moins de 30 positions\) — /,
  );
  await expect(edge.getByTestId('edge-assumptions')).toContainText(
    /Exécutions modélisées, non observées : .*carnet synthétique avec un écart de \d+¢/,
  );
  await expect(edge.getByTestId('edge-assumptions')).toContainText(
    /Règles d’entrée non vérifiées .*liquidité/,
  );
  await expect(edge).toContainText('Un résultat positif n’est pas une promesse');
  // Beside each verdict, its baselines on the same markets, in French.
  await expect(edge.getByTestId('baseline-hold')).toHaveCount(3);
  await expect(edge.getByTestId('baseline-hold').first()).toContainText(
    /^Garder les deux côtés jusqu’à la résolution : (positif|négatif|non concluant \(.*\)) — moyenne par position .* ; P&L total /,
  );
  await expect(edge.getByTestId('baseline-none').first()).toHaveText(
    /^Ne rien faire : 0,0\s%\spar position, 0,00\s\$$/,
  );
  await expect(edge.getByTestId('edge-assumptions')).toContainText(/écart de 3¢ et 200 parts par niveau/);
  await expect(page.getByLabel('Écart du carnet modélisé (¢)')).toHaveValue('3');
  await expect(page.getByLabel('Profondeur du carnet modélisé (parts par niveau)')).toHaveValue('200');
  await page.screenshot({ path: shot('backtest-fr'), fullPage: true });
  await edge.screenshot({ path: shot('backtest-verdict-fr') });

  // Books and split compared, in French.
  await page.getByLabel('Entrées équilibrées par').selectOption('compare');
  await page.getByRole('button', { name: 'Lancer le backtest' }).click();
  const entries = page.getByTestId('entry-method-table');
  await expect(entries.getByTestId('entry-method-row')).toHaveCount(6);
  await expect(entries).toContainText('Méthode d’entrée');
  await expect(entries.getByRole('row', { name: /^Équilibrage \(scission\)/ })).toContainText(
    'Scinder des pUSD en paires',
  );
  await entries.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('backtest-entry-compare-fr'), fullPage: true });

  // The optimiser ranks by the lower bound by default; Apply shows the verdict before asking.
  await expect(page.getByLabel('Classer par')).toHaveValue('edgeLowerBound');
  await expect(page.getByTestId('objective-hint')).toContainText('le bas de son intervalle à 95 %');
  await page.getByLabel('Fenêtres walk-forward').selectOption('3');
  await page.getByRole('button', { name: /Lancer l'optimiseur/ }).click();
  const ranked = page.getByRole('region', { name: 'Meilleurs jeux de paramètres' });
  await expect(ranked).toBeVisible({ timeout: 60_000 });
  await expect(ranked.getByTestId('no-positive')).toContainText(
    'Aucun jeu de paramètres n’a une borne basse positive',
  );
  for (const status of await ranked.getByTestId('fold-status').allTextContents())
    expect(status).not.toBe('correct');
  await page.getByRole('button', { name: 'Appliquer les meilleurs paramètres' }).click();
  const dialog = page.getByRole('dialog', { name: 'Appliquer ces paramètres de stratégie ?' });
  await expect(dialog.getByTestId('apply-verdict')).toContainText(
    /Avantage : (positif|négatif|non concluant)/,
  );
  await expect(dialog.getByTestId('apply-no-positive')).toContainText('En appliquer un est un pari');
  await page.screenshot({ path: shot('backtest-apply-dialog-fr') });
});
