import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { seedRows } from './seed-data';
import { resolvedPositions } from './seed-resolved';
import { shot } from './shots';

test('the popup shows seeded positions, a liquidation, opportunities and pass dots', async ({
  context,
  extensionId,
}) => {
  const now = Date.now();
  const progress = { scanId: 's2', phase: 'books', seen: 1240, shortlisted: 38, scored: 12, total: 5000 };
  await seedStore(context, extensionId, {
    runtimeState: [
      { key: 'scan.progress', value: { ...progress, startedAt: now, updatedAt: now }, updatedAt: now },
    ],
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // A scan is running: counts, not a spinner alone, and Scan now cannot be pressed again.
  await expect(page.getByTestId('scan-progress')).toHaveText(
    'Reading order books: 1,240 / 5,000 markets, 38 shortlisted, 12 scored',
  );
  await expect(page.getByRole('button', { name: 'Scanning…' })).toBeDisabled();

  const positions = page.getByTestId('position-item');
  await expect(positions).toHaveCount(2);
  await expect(positions.first()).toContainText('YES 52¢ → 62¢');
  await expect(positions.first()).toContainText('NO 49¢ → 38¢');
  await expect(positions.first().getByRole('meter')).toHaveAttribute('aria-valuetext', /NO down 22.4 %/);
  await expect(positions.nth(1).getByTestId('position-status')).toContainText('Liquidated: NO sold');
  await expect(page.getByTestId('pnl-total')).toHaveText('+$35.39');
  await expect(page.getByTestId('opportunity-item')).toHaveCount(3);
  await expect(page.getByTestId('pass-whales')).toContainText(
    'Polymarket is rate limiting us (data /trades)',
  );

  // Nothing scrolls horizontally.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await page.screenshot({ path: shot('popup-positions'), fullPage: true });

  // Close: a confirmation first, saying what will happen.
  await positions.first().getByRole('button', { name: 'Close position' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close this position?' });
  await expect(dialog).toContainText('Sells every YES share');
  await expect(dialog).toContainText('PAPER');
  await page.screenshot({ path: shot('popup-close-confirm') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Markets already held are marked held, not offered.
  const fed = page.getByTestId('opportunity-item').filter({ hasText: 'Will the Fed cut rates' });
  await expect(fed.getByTestId('held-tag')).toHaveText('Held');
  await expect(fed.getByRole('button', { name: /^Enter/ })).toHaveCount(0);
  // Enter: a preview before anything is sent.
  await page.getByRole('button', { name: 'Enter Élection présidentielle' }).click();
  const entry = page.getByRole('dialog', { name: /^Enter a (balanced )?position$/ });
  await expect(entry).toBeVisible();
  await expect(entry.getByRole('button', { name: 'Confirm entry' })).toBeVisible();
  await page.screenshot({ path: shot('popup-enter-dialog') });
});

test('after a position was closed the popup says "no open position" and links to History', async ({
  context,
  extensionId,
}) => {
  const closed = seedRows(Date.now()).positions.filter((p) => p.status === 'closed');
  expect(closed).toHaveLength(1);
  await seedStore(context, extensionId, { positions: closed });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByText('No open position.')).toBeVisible();
  await expect(page.getByText('No positions yet')).toHaveCount(0);
  const history = page.getByRole('link', { name: 'See your closed positions in History' });
  await expect(history).toHaveAttribute('href', `chrome-extension://${extensionId}/dashboard.html#history`);
});

test('a position on a second venue says so; Polymarket positions stay untagged', async ({
  context,
  extensionId,
}) => {
  const base = seedRows(Date.now());
  const active = base.positions.find((p) => p.status === 'active');
  if (!active) throw new Error('seed rows changed');
  await seedStore(context, extensionId, {
    positions: [
      ...base.positions,
      {
        ...active,
        id: 'pos-k',
        venue: 'kalshi',
        marketId: 'kalshi:KXRAINNYC-26DEC24',
        marketName: 'Rain in New York City on Dec 24?',
      },
    ],
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const positions = page.getByTestId('position-item');
  await expect(positions).toHaveCount(3);
  const kalshi = positions.filter({ hasText: 'Rain in New York City' });
  await expect(kalshi.getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(page.getByTestId('venue-tag')).toHaveCount(1);
  await page.screenshot({ path: shot('popup-venue-tag'), fullPage: true });
});

test('capital locked in resolved markets: the total, a Redeem button per position, Redeem all, the holding reward', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, { positions: resolvedPositions(Date.now()) });
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const locked = page.getByTestId('capital-locked');
  await expect(page.getByRole('region', { name: 'Capital locked in resolved markets' })).toBeVisible();
  await expect(locked).toContainText('$136.15');
  const items = locked.getByTestId('resolved-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Pays $96.15');
  await expect(items.nth(1)).toContainText('Refused: PRECHECK_SKIPPED: zero position balance');
  await expect(items.nth(1)).toContainText('neg-risk');
  await expect(items.getByRole('button', { name: 'Redeem' })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Redeem all' })).toBeVisible();
  // The paper position on a holding-reward market shows its estimate (4 % a year by default).
  await expect(page.getByTestId('holding-reward').first()).toHaveText(
    /^Holding reward ≈ \$0\.\d{4}\/day at 4 % a year$/,
  );
  await page.screenshot({ path: shot('popup-capital-locked'), fullPage: true });

  // Redeeming signs with the wallet: while it is locked (here none is even unlocked), pressing
  // Redeem says why and what to do; nothing is sent, nothing is closed.
  await items.first().getByRole('button', { name: 'Redeem' }).click();
  await expect(items.first().getByRole('alert')).toContainText(
    'The wallet is locked. Unlock it in the options page.',
  );
  await expect(locked).toContainText('$136.15');
  await expect(items).toHaveCount(2);
  await page.screenshot({ path: shot('popup-redeem-wallet-locked'), fullPage: true });

  // The dashboard shows the same total above its tabs.
  const dash = await context.newPage();
  await dash.setViewportSize({ width: 1280, height: 800 });
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await expect(dash.getByTestId('capital-locked')).toContainText('$136.15');
  await expect(dash.getByTestId('resolved-item')).toHaveCount(2);
  await dash.screenshot({ path: shot('dashboard-capital-locked') });
});

test('no capital locked: the card is hidden', async ({ context, extensionId }) => {
  await seedStore(context, extensionId);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('position-item')).toHaveCount(2);
  await expect(page.getByTestId('capital-locked')).toHaveCount(0);
});
