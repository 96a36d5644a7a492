import { useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';

/** Issue 21 item 5, in French against the fake: the preview says where the position starts. */
test('the French entry preview: columns apart, the start against the stop-loss worded as a distance', async ({
  context,
  extensionId,
  fake,
}) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await useFakeEndpoints(popup, fake);
  await popup.getByRole('button', { name: 'Analyser', exact: true }).click();
  await expect(popup.getByTestId('opportunity-item').first()).toBeVisible({ timeout: 30_000 });
  await popup
    .getByTestId('opportunity-item')
    .first()
    .getByRole('button', { name: /^Entrer sur/ })
    .click();
  const dialog = popup.getByRole('dialog');
  await expect(dialog.getByTestId('entry-preview')).toBeVisible({ timeout: 15_000 });
  await expect(dialog.getByTestId('entry-start')).toContainText(
    /^Démarre à −[\d,]+ % après écart et frais : à [\d,]+ points du stop-loss à −15 %/,
  );
  // Issue 18: Polymarket's holding reward on this market (the fake flags political markets only).
  await expect(dialog.getByTestId('holding-reward')).toHaveText(
    /^Récompense de détention (≈ [\d,]+\s\$\/jour à 4 % par an|: aucune sur ce marché)$/,
  );
  // Issue 18: both ways in, priced, and the one chosen with its reason, in French.
  const method = dialog.getByTestId('entry-method');
  await expect(method).toContainText(/^Carnets ou création de paires pour [\d\s,]+\spaires/);
  await expect(dialog.getByTestId('entry-method-books')).toContainText(
    /Acheter les deux carnets : [\d\s,]+\s\$/,
  );
  await expect(dialog.getByTestId('entry-method-split')).toContainText(
    /Créer les paires à exactement 1,00\s\$ la paire à partir de pUSD \(split\) : [\d\s,]+\s\$ \(gaz /,
  );
  await expect(dialog.getByTestId('entry-method-reason')).toContainText(
    /^(Création de paires retenue : [\d\s,]+\s\$ de moins que l’achat sur les carnets|Carnets retenus : [\d\s,]+\s\$ de moins)/,
  );
  await popup.screenshot({ path: shot('fr-i21-entry-preview-fake') });
});
