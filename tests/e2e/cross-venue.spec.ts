import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './cross-venue-fixture';
import {
  EN,
  pairCard,
  scanFromTheScanner,
  scannerRow,
  scoredMirrors,
  widenScannerRules,
} from './cross-venue-flow';
import { useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { ContentScriptWorld, clickInOverlay } from './overlay-probe';
import { phoneProblems } from './phone-checks';
import { shot } from './shots';

const overlayPage = (title: string) => `<!doctype html><html><head><meta charset="utf-8">
<style>body{font-family:sans-serif;margin:0;padding:24px}.row{display:flex;gap:24px}.left{flex:1}
.panel{width:320px;height:220px;border:1px solid #888;border-radius:12px;padding:12px}</style></head>
<body><div class="row"><div class="left"><h1 id="title">${title}</h1></div><div class="panel" id="trade">Trade panel</div></div></body></html>`;

test('the same bet on Polymarket and Kalshi: compared in the scanner, confirmed, rejected for good, and beside the page', async ({
  context,
  extensionId,
  fake,
  kalshi,
  mirrored,
}) => {
  const same = mirrored.filter((m) => m.kind === 'same');
  const inverted = mirrored.find((m) => m.kind === 'inverted');
  expect(same.length, 'the fixture mirrors two markets as the same bet').toBe(2);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  await useFakeEndpoints(page, fake);
  await useFakeKalshi(page, kalshi);
  await widenScannerRules(page);
  await page.reload();

  await scanFromTheScanner(page, EN);
  const tab = page.getByRole('tab', { name: EN.sameEventTab });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const [kept, dropped] = same;
  if (!kept || !dropped) throw new Error('two same-bet mirrors');
  const keptCard = pairCard(page, kept.ticker);
  const droppedCard = pairCard(page, dropped.ticker);
  await expect(keptCard).toBeVisible();
  await expect(droppedCard).toBeVisible();
  // Both venues' asks side by side, the gap after both venues' fees, the confidence and why.
  await expect(keptCard.getByTestId('cross-venue-prices').locator('tr[data-venue="kalshi"]')).toContainText(
    /\d+¢/,
  );
  await expect(
    keptCard.getByTestId('cross-venue-prices').locator('tr[data-venue="polymarket"]'),
  ).toContainText(/\d+¢/);
  await expect(keptCard.getByTestId('cross-venue-gap')).toContainText(/Gap after both venues’ fees, for \$/);
  await expect(keptCard.getByTestId('cross-venue-confidence')).toHaveText(/^(Likely|Possible) match \d+ %$/);
  await expect(keptCard.getByTestId('cross-venue-reasons')).toContainText('in common');
  // A negative gap, the usual case, reads as no edge after fees.
  const negative = page.locator('[data-testid="cross-venue-gap"][data-tone="none"]');
  if ((await negative.count()) > 0) await expect(negative.first()).toContainText('no edge after fees');
  if (inverted) {
    const card = pairCard(page, inverted.ticker);
    await expect(card).toContainText('Worded the other way round: YES here is NO there');
  }
  await expect(page.getByTestId('same-event-count')).toContainText(/Pairs: \d+ · gaps for a stake of \$/);
  await page.screenshot({ path: shot('cross-venue-all-matches'), fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
  ).toEqual([]);

  // Refresh re-reads both venues' books, then shows the list again.
  await page.getByRole('button', { name: 'Refresh prices' }).click();
  await expect(page.getByRole('button', { name: 'Refresh prices' })).toBeEnabled({ timeout: 30_000 });
  await expect(keptCard).toBeVisible();

  // The user's corrections: confirm one, reject another.
  await keptCard.getByRole('button', { name: 'Confirm' }).click();
  await expect(keptCard.getByTestId('cross-venue-confidence')).toHaveText('Confirmed by you');
  await expect(keptCard.getByRole('button', { name: 'Confirm' })).toHaveAttribute('aria-pressed', 'true');
  await droppedCard.getByRole('button', { name: 'Not the same bet' }).click();
  await expect(droppedCard).toHaveCount(0);

  // A second scan: the rejected pair stays gone, the confirmed one stays confirmed.
  await scanFromTheScanner(page, EN);
  await expect(keptCard.getByTestId('cross-venue-confidence')).toHaveText('Confirmed by you');
  await expect(droppedCard).toHaveCount(0);
  // The rejected pair can be seen again on demand, to undo the verdict.
  await page.getByRole('button', { name: 'Show the pairs you rejected' }).click();
  await expect(droppedCard.getByTestId('cross-venue-confidence')).toHaveText(
    'Not the same bet (your verdict)',
  );
  await page.getByRole('button', { name: 'Hide the pairs you rejected' }).click();
  await expect(droppedCard).toHaveCount(0);

  // At phone width the list neither scrolls sideways nor cuts a control off.
  await page.setViewportSize({ width: 360, height: 740 });
  const phone = await phoneProblems(page);
  expect({ horizontalScroll: phone.horizontalScroll, cutOff: phone.cutOff }).toEqual({
    horizontalScroll: 0,
    cutOff: [],
  });
  await page.screenshot({ path: shot('cross-venue-all-matches-phone'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // In the scanner: the row says the market is on Kalshi too; its details compare both venues.
  await page.getByRole('tab', { name: EN.opportunitiesTab }).click();
  const scored = await scoredMirrors(page, [kept]);
  expect(
    scored.map((m) => m.ticker),
    'the confirmed market is an opportunity of the scan',
  ).toEqual([kept.ticker]);
  const row = await scannerRow(page, kept.question, 'Search markets');
  await expect(row.getByTestId('cross-venue-line')).toContainText('Kalshi');
  await expect(row.getByTestId('cross-venue-line')).toContainText(/YES \d+¢ \/ NO \d+¢/);
  await row.getByRole('button', { name: EN.why }).click();
  const details = page.getByTestId('cross-venue-details');
  await expect(pairCard(details, kept.ticker)).toContainText('Confirmed by you');
  await expect(details.getByRole('button', { name: 'Pair with a Kalshi market…' })).toBeVisible();
  await page.screenshot({ path: shot('cross-venue-scanner'), fullPage: true });

  // Back to automatic from the scanner row.
  await pairCard(details, kept.ticker).getByRole('button', { name: 'Back to automatic' }).click();
  await expect(pairCard(details, kept.ticker).getByTestId('cross-venue-confidence')).toHaveText(
    /^(Likely|Possible) match \d+ %$/,
  );

  // Beside the page on polymarket.com: Kalshi's prices and the gap, nothing to press but the badge.
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
    .toContain('Same event on Kalshi');
  const section = await cs.overlayText('[data-testid="overlay-cross-venue"]');
  expect(section).toMatch(/Kalshi\d+¢\d+¢/);
  expect(section).toContain('Gap after both venues’ fees');
  expect(
    await cs.evaluate<number>(
      `chrome.dom.openOrClosedShadowRoot(document.querySelector('equilibrage-overlay')).querySelectorAll('[data-testid="overlay-cross-venue"] button, [data-testid="overlay-cross-venue"] a').length`,
    ),
  ).toBe(0);
  await site.screenshot({ path: shot('cross-venue-overlay') });
  // The site's dark theme: the overlay follows it.
  await site.evaluate(() => {
    document.documentElement.classList.add('dark');
    document.body.style.background = '#1d2b39';
    document.body.style.color = '#fff';
  });
  await expect
    .poll(() => cs.overlayText('[data-testid="overlay-cross-venue"]'))
    .toContain('Same event on Kalshi');
  await site.screenshot({ path: shot('cross-venue-overlay-dark') });

  // A pair the matcher did not propose (another threshold), made by hand by its ticker.
  const nearMiss = mirrored.find((m) => m.kind === 'near_miss');
  if (!nearMiss) throw new Error('the fixture mirrors a near miss');
  await expect(pairCard(details, nearMiss.ticker)).toHaveCount(0);
  await details.getByRole('button', { name: 'Pair with a Kalshi market…' }).click();
  const form = details.getByRole('form', { name: 'Pair by hand with a Kalshi market' });
  await form.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Type a Kalshi ticker or pick a market.');
  await form.getByLabel('Kalshi ticker').fill(nearMiss.ticker.toLowerCase());
  await form.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(pairCard(details, nearMiss.ticker).getByTestId('cross-venue-confidence')).toHaveText(
    'Paired by you',
  );
  await expect(form).toHaveCount(0);
});
