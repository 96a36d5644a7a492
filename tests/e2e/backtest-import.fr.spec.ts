import { importExampleFiles, pickedMarkets } from './backtest-import-flow';
import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';

test('jeu de données : fichiers CSV et marchés de Polymarket, l’apport de chacun en français', async ({
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
  await expect(report).toContainText('markets.csv (table des marchés) : 2 marchés · 1 résolution');
  await expect(report).toContainText(
    'trades.csv (historique de transactions) : 6 points de prix · issus de 6 transactions',
  );
  const issues = report.getByTestId('import-issues');
  await expect(issues).toContainText(
    'trades-bad.csv ligne 4, outcome : doit valoir YES ou NO, reçu « MAYBE »',
  );
  await expect(issues).toContainText(
    'trades-bad.csv ligne 7 : le marché « m9 » n’est dans aucun marché importé (1 ligne ignorée)',
  );
  await expect(issues).not.toContainText(/\b(line|must|got|skipped)\b/);
  const missing = page.getByTestId('import-missing');
  await expect(missing).toContainText('Aucun carnet d’ordres : les exécutions seront modélisées');
  await expect(missing).toContainText('Pas de résolution pour « Will the index close above 5000? »');

  const picked = pickedMarkets(fake);
  await page.getByTestId('pick-markets').fill(picked.text);
  await page.getByRole('button', { name: 'Récupérer l’historique des prix' }).click();
  const results = page.getByTestId('pick-results');
  await expect(results).toContainText(`${picked.resolved} :`, { timeout: 30_000 });
  await expect(results.getByText(picked.resolved)).toContainText(/résolu$/);
  await expect(results).toContainText('aucun marché avec cet identifiant, ce slug ou ce ticker');
  await page.getByRole('region', { name: 'Jeu de données' }).screenshot({ path: shot('backtest-import-fr') });
});
