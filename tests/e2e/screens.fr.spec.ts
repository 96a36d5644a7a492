import type { browser } from 'wxt/browser';
import { expect, test } from './extension-fixture';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { seedStore } from './seed';
import { shot } from './shots';

/** The worker's own `chrome`, used inside serviceWorker.evaluate callbacks. */
declare const chrome: typeof browser;

/** Every surface in French (project `fr`: Chromium started with --lang=fr). */
test('every surface speaks French, with French numbers and dates', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // The worker words notifications in the language of the message bundle it serves (ui-language.ts).
  const bundleLanguage = await serviceWorker.evaluate(() =>
    (chrome.i18n.getMessage as (name: string) => string)('meta_language'),
  );
  expect(bundleLanguage).toBe('fr');
  await seedStore(context, extensionId);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Analyser', exact: true })).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Arrêt d’urgence' })).toBeVisible();
  await expect(popup.getByTestId('pnl-total')).toHaveText(/\+35,39\s\$/);
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
  // Pass errors written by the background (English + coded form) read in French.
  await expect(popup.getByTestId('pass-whales')).toContainText(
    'Polymarket limite le nombre de nos requêtes (data /trades)',
  );
  await expect(popup.getByTestId('pass-monitor')).toContainText('Des carnets d’ordres manquaient');
  await expect(popup.getByTestId('pass-whales')).not.toContainText('rate limiting');
  await popup.screenshot({ path: shot('fr-popup'), fullPage: true });

  const dash = await context.newPage();
  await dash.setViewportSize({ width: 1280, height: 900 });
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  await dash.getByRole('button', { name: 'Pourquoi 9/10' }).click();
  await expect(dash.getByTestId('score-explanation')).toContainText('Liquidité');
  // A factor without data: named in French, its note in French (the scan stored English + code).
  const election = dash.getByTestId('scanner-row').filter({ hasText: 'Élection présidentielle' });
  await expect(election).toContainText('Manquant : Pertinence de l’actualité');
  await election.getByRole('button', { name: 'Pourquoi 7/10' }).click();
  await expect(dash.getByTestId('score-explanation').last()).toContainText(
    'actualités désactivées ou indisponibles',
  );
  // Rejection reasons the scan wrote (English + coded form) read in French.
  await dash.getByRole('button', { name: 'Voir les marchés rejetés' }).click();
  const rejections = dash.getByTestId('rejections');
  await expect(rejections).toContainText('Rejeté : Écart de 4¢ sur NON, plus large que votre limite de 3¢');
  await expect(rejections).toContainText('Rejeté : OUI à 8¢, hors de votre bande 35¢–65¢');
  await expect(rejections).not.toContainText('wider');
  await dash.screenshot({ path: shot('fr-dashboard-scanner'), fullPage: true });
  for (const [tab, name] of [
    ['Historique', 'history'],
    ['Baleines', 'whales'],
    ['Santé', 'health'],
  ] as const) {
    await dash.getByRole('tab', { name: tab }).click();
    await dash.waitForTimeout(300);
    if (name === 'history') {
      // A killed FOK order: the exchange's English stays in the row, History says it in French.
      await expect(dash.getByTestId('trade-error')).toHaveText(
        'Échec : Profondeur insuffisante dans la limite de prix : l’ordre tout-ou-rien a été annulé, rien n’a été échangé',
      );
      // The bot's own record, with the backtest's verdict in French.
      await expect(dash.getByTestId('closed-edge-paper')).toContainText(
        /PAPIER\s*Avantage : non concluant \(moins de 30 positions\) — moyenne par position/,
      );
      await dash.getByTestId('closed-edge').screenshot({ path: shot('fr-dashboard-history-verdict') });
    }
    if (name === 'health') {
      await expect(dash.getByText(/Marchés vus : 1\s240 ; rejetés : 1\s202/)).toBeVisible();
      await expect(
        dash.getByText(/^Polymarket limite le nombre de nos requêtes \(data \/trades\)/),
      ).toBeVisible();
    }
    await dash.screenshot({ path: shot(`fr-dashboard-${name}`), fullPage: true });
  }

  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Stratégie' })).toBeVisible();
  await expect(options.getByLabel('Seuil de divergence')).toHaveValue('30');
  // Why live trading cannot be switched on yet, in French from start to end.
  await expect(options.getByTestId('live-blocked-reason')).toHaveText(
    "Le trading réel reste désactivé tant que le diagnostic n'est pas réussi : Lancez le diagnostic du portefeuille (Options → Trading) avant d’activer le trading réel.",
  );
  await options.screenshot({ path: shot('fr-options'), fullPage: true });
  // The background refuses the value; the page says why in French, with the bounds in French format.
  const threshold = options.getByLabel('Seuil de divergence');
  await threshold.fill('150');
  await threshold.blur();
  await expect(options.getByRole('alert').first()).toHaveText(
    /^Seuil de divergence : la valeur doit être comprise entre 1\s%\set 99\s%\.$/,
  );
  await options
    .getByRole('alert')
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await options.screenshot({ path: shot('fr-options-invalid') });
  await threshold.fill('25');
  await threshold.blur();
  await expect(options.getByRole('alert')).toHaveCount(0);
  await expect(options.getByText('Enregistré.')).toBeVisible();

  await context.route('https://polymarket.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:48px 24px"><h1>Will the Fed cut rates?</h1><p>Oui 52¢</p></body></html>',
    }),
  );
  const site = await context.newPage();
  await site.setViewportSize({ width: 900, height: 360 });
  await site.goto('https://polymarket.com/event/event-1/market-1');
  // The shadow root is closed: read it from the content script's world, click like a user.
  const cs = await ContentScriptWorld.attach(site, extensionId);
  await expect.poll(() => cs.overlayText()).toContain('9/10');
  await clickInOverlay(site, cs, '[data-testid="equilibrage-overlay"]');
  await expect.poll(() => cs.overlayText('[role="dialog"]')).toContain('Liquidité');
  await site.screenshot({ path: shot('fr-overlay') });
});
