import type { Page } from '@playwright/test';
import { startPolygonStub } from '../fake-polygon/polygon-rpc-stub';
import { useFakeEndpoints as pointAtFake, sendFromPage } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { collectOverlayText, collectText, dataStrings, findLeaks } from './french-leaks';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { seedStore } from './seed';
import { seedRows } from './seed-data';
import { shot } from './shots';
import { readTable } from './store-reader';

interface Opportunity {
  marketId: string;
  marketName: string;
  score: number;
}

/**
 * Every surface in French (project `fr`), with seeded data, a scan against the fake Polymarket, the
 * wallet doctor against a stub chain whose geoblock URL does not answer, and invalid values typed
 * in the options: no English or developer word from the list of known leaks (french-leaks.ts) may
 * show. Each surface is photographed for review (tests/e2e/screenshots/fr-all-*.png).
 */
test('no English or developer text on any French surface', async ({ context, extensionId, fake }) => {
  test.setTimeout(300_000);
  context.setDefaultTimeout(30_000);
  // The detector itself finds what it is meant to find.
  expect(findLeaks(['Clôturer 1 positions', 'Failed to fetch', 'Solde pUSD', 'Yes 52¢'], [])).toHaveLength(3);

  const chain = await startPolygonStub();
  const now = Date.now();
  const seeded = seedRows(now);
  // Data, not UI words: market names, whale names; and the chart library's attribution link, whose
  // title is TradingView's own (its licence asks for the attribution).
  const data = [...dataStrings(seeded, fake.state.markets, ['BigFish']), 'Charting by TradingView'];
  const leaks: string[] = [];
  const check = async (surface: string, page: Page, root?: string) => {
    for (const leak of findLeaks(await collectText(page, root), data)) leaks.push(`${surface} — ${leak}`);
  };
  try {
    // A developer's log line (English by nature): the Health view keeps it behind a click in French.
    const logLine = {
      id: 9_100_001,
      at: now - 60_000,
      time: new Date(now - 60_000).toISOString(),
      level: 'error',
      scope: 'monitor',
      message: 'Monitor pass failed: socket hang up',
      fields: {},
    };
    await seedStore(context, extensionId, { logs: [logLine] });

    // Popup: positions (one liquidated), opportunities, passes; the two confirmation dialogs.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await pointAtFake(popup, fake);
    const endpoints = { polygonRpcUrl: chain.rpcUrl, geoblockUrl: 'http://127.0.0.1:9/geoblock' };
    expect((await sendFromPage<{ ok: boolean }>(popup, 'settings.update', { patch: { endpoints } })).ok).toBe(
      true,
    );
    await expect(popup.getByTestId('position-item').first()).toBeVisible();
    await check('popup', popup);
    await popup.screenshot({ path: shot('fr-all-popup'), fullPage: true });
    await popup.getByRole('button', { name: 'Fermer la position' }).first().click();
    const closeOne = popup.getByRole('dialog', { name: 'Fermer cette position ?' });
    await expect(closeOne).toContainText('Vend toutes les parts OUI');
    await check('popup, close dialog', popup);
    await closeOne.getByRole('button', { name: 'Annuler' }).click();
    await popup.getByRole('button', { name: 'Clôturer toutes les positions' }).click();
    const closeAll = popup.getByRole('dialog', { name: 'Clôturer toutes les positions ouvertes ?' });
    await expect(closeAll.getByRole('button', { name: 'Clôturer 2 positions' })).toBeVisible();
    await check('popup, close-all dialog', popup);
    await closeAll.getByRole('button', { name: 'Annuler' }).click();

    // One open position left: "Clôturer 1 position", singular.
    const [, liquidated] = seeded.positions;
    await seedStore(context, extensionId, {
      positions: [{ ...liquidated, status: 'closed', closeReason: 'take_profit', closedAt: now - 60_000 }],
    });
    await popup.reload();
    await popup.getByRole('button', { name: 'Clôturer toutes les positions' }).click();
    await expect(closeAll.getByRole('button', { name: 'Clôturer 1 position', exact: true })).toBeVisible();
    await check('popup, close-all dialog with one position', popup);
    await popup.screenshot({ path: shot('fr-all-popup-close-one') });
    await closeAll.getByRole('button', { name: 'Annuler' }).click();

    // Dashboard: every tab, with the details a click opens.
    const dash = await context.newPage();
    await dash.setViewportSize({ width: 1280, height: 900 });
    await dash.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
    await dash.getByRole('button', { name: 'Pourquoi 9/10' }).click();
    await dash.getByRole('button', { name: 'Voir les marchés rejetés' }).click();
    await check('scanner', dash);
    await dash.screenshot({ path: shot('fr-all-scanner'), fullPage: true });
    for (const [tab, name] of [
      ['Historique', 'history'],
      ['Baleines', 'whales'],
      ['Santé', 'health'],
    ] as const) {
      await dash.getByRole('tab', { name: tab }).click();
      await dash.waitForTimeout(500);
      if (name === 'whales')
        await dash
          .getByRole('button', { name: /BigFish/ })
          .first()
          .click();
      if (name === 'health') {
        await expect(dash.getByTestId('logs-panel')).toContainText('les journaux techniques sont en anglais');
      }
      await check(name, dash);
      await dash.screenshot({ path: shot(`fr-all-${name}`), fullPage: true });
    }
    await dash.getByRole('tab', { name: 'Backtest' }).click();
    await dash.getByRole('button', { name: 'Charger la démo' }).click();
    await dash.getByRole('button', { name: 'Lancer le backtest' }).click();
    await expect(dash.getByRole('table', { name: 'Rapport' })).toBeVisible({ timeout: 60_000 });
    await check('backtest', dash);
    await dash.screenshot({ path: shot('fr-all-backtest'), fullPage: true });

    // Options: invalid values refused in French, a request error, the doctor's report.
    const options = await context.newPage();
    await options.setViewportSize({ width: 1000, height: 1400 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const funder = options.getByLabel('Adresse du portefeuille Polymarket');
    await funder.fill('0x1234');
    await funder.blur();
    await expect(
      options.getByRole('alert').filter({ hasText: 'Adresse du portefeuille Polymarket' }),
    ).toBeVisible();
    const webhook = options.getByLabel('URL du webhook');
    await webhook.fill('http://example.com/hook');
    await webhook.blur();
    await expect(options.getByRole('alert').filter({ hasText: 'URL du webhook' })).toBeVisible();
    await options.getByLabel('Jeton du bot Telegram').fill('not-a-token');
    await options.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await expect(options.getByTestId('telegram-token').getByRole('alert')).toBeVisible();
    const doctor = options.getByTestId('wallet-doctor');
    await doctor.getByRole('button', { name: 'Lancer les vérifications' }).click();
    await expect(doctor.getByTestId('doctor-check-region')).toContainText('Impossible de joindre', {
      timeout: 30_000,
    });
    await check('options', options);
    await options.screenshot({ path: shot('fr-all-options'), fullPage: true });

    // The overlay on a polymarket.com page: badge and popover (its shadow root only).
    await context.route('https://polymarket.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;padding:48px 24px"><h1>Will the Fed cut rates in December?</h1></body></html>',
      }),
    );
    const site = await context.newPage();
    await site.setViewportSize({ width: 900, height: 420 });
    await site.goto('https://polymarket.com/event/event-1/market-1');
    // The overlay's shadow root is closed: read and click it through the content script's world.
    const cs = await ContentScriptWorld.attach(site, extensionId);
    const badge = '[data-testid="equilibrage-overlay"]';
    await expect.poll(() => cs.overlayText(badge)).toContain('9/10');
    await clickInOverlay(site, cs, badge);
    await expect.poll(() => cs.overlayText('[role="dialog"]')).not.toBe('');
    for (const leak of findLeaks(await collectOverlayText(cs), data)) leaks.push(`overlay — ${leak}`);
    await site.screenshot({ path: shot('fr-all-overlay') });

    // Last (it replaces the seeded opportunities): a scan of the fake, then the entry preview of one of its markets.
    await popup.getByRole('button', { name: 'Analyser', exact: true }).click();
    const fakeIds = new Set(fake.state.markets.map((m) => m.id));
    const fromFake = async () =>
      (await readTable<Opportunity>(popup, 'opportunities')).filter((o) => fakeIds.has(o.marketId));
    await expect.poll(async () => (await fromFake()).length, { timeout: 90_000 }).toBeGreaterThan(0);
    const target = (await fromFake()).sort((a, b) => b.score - a.score)[0];
    if (!target) throw new Error('the scan of the fake found no opportunity');
    const entry = await context.newPage();
    await entry.setViewportSize({ width: 1280, height: 900 });
    await entry.goto(`chrome-extension://${extensionId}/dashboard.html#enter=${target.marketId}`);
    const preview = entry.getByRole('dialog');
    await expect(preview.getByTestId('entry-preview')).toBeVisible({ timeout: 30_000 });
    await check('entry preview', entry);
    await entry.screenshot({ path: shot('fr-all-entry-preview') });
    await preview.getByRole('button', { name: 'Annuler' }).click();
  } finally {
    await chain.close();
    // Leaks found before a later step failed are kept in the report.
    if (leaks.length > 0) await test.info().attach('french-leaks', { body: leaks.join('\n') });
  }
  expect(leaks).toEqual([]);
});
