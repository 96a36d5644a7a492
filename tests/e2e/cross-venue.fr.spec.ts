import { expect, test } from './cross-venue-fixture';
import { FR, pairCard, scanFromTheScanner, scannerRow, widenScannerRules } from './cross-venue-flow';
import { useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { collectOverlayText, collectText, findLeaks } from './french-leaks';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { shot } from './shots';

const overlayPage = (title: string) => `<!doctype html><html><head><meta charset="utf-8">
<style>body{font-family:sans-serif;margin:0;padding:24px}.row{display:flex;gap:24px}.left{flex:1}
.panel{width:320px;height:220px;border:1px solid #888;border-radius:12px;padding:12px}</style></head>
<body><div class="row"><div class="left"><h1 id="title">${title}</h1></div><div class="panel" id="trade">Panneau</div></div></body></html>`;

test('le même pari sur Polymarket et Kalshi, en français : écart après frais, correspondance, avis, superposition', async ({
  context,
  extensionId,
  fake,
  kalshi,
  mirrored,
}) => {
  const kept = mirrored.find((m) => m.kind === 'same');
  if (!kept) throw new Error('the fixture mirrors a same-bet market');
  // The markets' own questions (English on both venues) are data, not UI words; the chart's
  // attribution is TradingView's own (its licence asks for it).
  const data = [
    'Charting by TradingView',
    ...fake.state.markets.map((m) => m.question),
    ...(await (
      await fetch(`${kalshi.restUrl}/markets?status=open&limit=100`)
    )
      .json()
      .then((page: { markets: { title: string; ticker: string }[] }) =>
        page.markets.flatMap((m) => [m.title, m.ticker]),
      )),
  ];
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  // Kalshi still off: the view says why it is empty and how to turn it on.
  await page.getByRole('tab', { name: FR.sameEventTab }).click();
  await expect(page.getByText('Kalshi est désactivé')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ouvrir les options' })).toBeVisible();
  await page.screenshot({ path: shot('fr-cross-venue-kalshi-off') });

  await useFakeEndpoints(page, fake);
  await useFakeKalshi(page, kalshi);
  await widenScannerRules(page);
  await page.reload();
  await scanFromTheScanner(page, FR);
  await page.getByRole('tab', { name: FR.sameEventTab }).click();
  const card = pairCard(page, kept.ticker);
  await expect(card.getByTestId('cross-venue-gap')).toContainText(
    /Écart après les frais des deux plateformes, pour \d+,\d\d\s\$/,
  );
  await expect(card.getByTestId('cross-venue-confidence')).toHaveText(
    /^Correspondance (probable|possible) \d+\s%$/,
  );
  await expect(card.getByRole('group', { name: 'Est-ce le même pari ?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Actualiser les prix' })).toBeVisible();
  const negative = page.locator('[data-testid="cross-venue-gap"][data-tone="none"]');
  if ((await negative.count()) > 0)
    await expect(negative.first()).toContainText('aucun avantage après frais');
  expect(findLeaks(await collectText(page, 'main'), data)).toEqual([]);
  await page.screenshot({ path: shot('fr-cross-venue-all-matches'), fullPage: true });

  await card.getByRole('button', { name: 'Confirmer' }).click();
  await expect(card.getByTestId('cross-venue-confidence')).toHaveText('Confirmé par vous');

  await page.getByRole('tab', { name: FR.opportunitiesTab }).click();
  const row = await scannerRow(page, kept.question, 'Rechercher');
  await expect(row.getByTestId('cross-venue-line')).toContainText(/OUI \d+¢ \/ NON \d+¢/);
  await row.getByRole('button', { name: FR.why }).click();
  await page.getByRole('button', { name: 'Associer à un marché Kalshi…' }).click();
  await expect(page.getByRole('form', { name: 'Associer à la main à un marché Kalshi' })).toBeVisible();
  expect(findLeaks(await collectText(page, 'main'), data)).toEqual([]);
  await page.screenshot({ path: shot('fr-cross-venue-scanner'), fullPage: true });

  await context.route('https://polymarket.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: overlayPage(kept.question) }),
  );
  const site = await context.newPage();
  await site.setViewportSize({ width: 1000, height: 640 });
  await site.goto(`https://polymarket.com/event/${kept.slug}/${kept.slug}`);
  const cs = await ContentScriptWorld.attach(site, extensionId);
  const badge = '[data-testid="equilibrage-overlay"]';
  await expect.poll(() => cs.overlayText(badge)).toMatch(/\d+\/10/);
  await clickInOverlay(site, cs, badge);
  await expect
    .poll(() => cs.overlayText('[data-testid="overlay-cross-venue"]'))
    .toContain('Même événement sur Kalshi');
  expect(await cs.overlayText('[data-testid="overlay-cross-venue"]')).toContain('Écart après les frais');
  expect(findLeaks(await collectOverlayText(cs), data)).toEqual([]);
  await site.screenshot({ path: shot('fr-cross-venue-overlay') });
});
