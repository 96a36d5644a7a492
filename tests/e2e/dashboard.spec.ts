import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { seedRows } from './seed-data';
import { shot } from './shots';

test('the scanner sorts, filters, explains a score and lists rejections', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  const rows = page.getByTestId('scanner-row');
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText('Will the Fed cut rates');
  // Polymarket alone: no venue tag, no venue filter (quiet).
  await expect(page.getByTestId('venue-tag')).toHaveCount(0);
  await expect(page.getByTestId('venue-filter')).toHaveCount(0);

  await page.getByRole('button', { name: 'Liquidity' }).click();
  await expect(rows.first()).toContainText('Will it snow in Paris');
  await page.getByLabel('Minimum score').selectOption('7');
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Search markets').fill('election');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Élection présidentielle');
  await page.getByLabel('Search markets').fill('');

  await page.getByRole('button', { name: 'Why 9/10' }).click();
  const why = page.getByTestId('score-explanation');
  await expect(why).toContainText('Liquidity');
  await expect(why).toContainText('= 9');
  await expect(page.getByRole('figure', { name: 'Price history (¢)', exact: true }).last()).toBeVisible();
  await page.getByRole('button', { name: 'Show rejected markets' }).click();
  await expect(page.getByTestId('rejections')).toContainText(
    'Rejected: Spread 4¢ on NO is wider than your 3¢ limit',
  );
  await page.screenshot({ path: shot('dashboard-scanner-seeded'), fullPage: true });
});

test('history shows the liquidation, filters, totals and exports the CSV', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await expect(page.getByTestId('trade-row')).toHaveCount(6);
  await expect(page.getByTestId('trade-row').filter({ hasText: 'Liquidation' })).toHaveCount(1);
  await expect(page.getByTestId('closed-row')).toContainText('Take-profit');
  // The bot's own closed positions through the backtest's statistics, per mode.
  const own = page.getByTestId('closed-edge');
  await expect(own).toContainText('Every closed position');
  await expect(own.getByTestId('closed-edge-paper')).toContainText(
    /PAPER\s*Edge: inconclusive \(fewer than 30 trades\) — mean per trade [+−]\d+\.\d % \(95 % CI/,
  );
  await own.screenshot({ path: shot('dashboard-history-verdict') });
  await page.screenshot({ path: shot('dashboard-history'), fullPage: true });

  await expect(page.getByTestId('venue-tag')).toHaveCount(0);
  await expect(page.getByLabel('Venue')).toHaveCount(0);
  await page.getByLabel('Action').selectOption('sell');
  await page.getByLabel('Status').selectOption('filled');
  await expect(page.getByTestId('trade-row')).toHaveCount(2);
  await expect(page.getByTestId('history-totals')).toContainText('2 trades');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.data.map((r) => [r.market, r.reason, r.price_cents, r.amount_usd])).toEqual([
    ['Élection présidentielle : Macron, démission avant 2027 ?', 'take_profit', '65.5', '65.5'],
    ['Bitcoin above $100,000 on "Dec 31"?', 'liquidation', '21', '19.1'],
  ]);
});

/** The seeded rows plus one Kalshi market: an opportunity, a closed position and its trades. */
function withKalshi(now: number) {
  const base = seedRows(now);
  const [opportunity] = base.opportunities;
  const [trade] = base.trades;
  const closed = base.positions.find((p) => p.status === 'closed');
  if (!opportunity || !trade || !closed) throw new Error('seed rows changed');
  const kalshi = {
    venue: 'kalshi',
    marketId: 'kalshi:KXRAINNYC-26DEC24',
    marketName: 'Rain in New York City on Dec 24?',
  };
  return {
    opportunities: [
      ...base.opportunities,
      { ...opportunity, ...kalshi, id: 'opp-k', score: 8, slug: 'kxrainnyc' },
    ],
    positions: [...base.positions, { ...closed, ...kalshi, id: 'pos-k', closedAt: now - 10 * 60_000 }],
    trades: [
      ...base.trades,
      { ...trade, ...kalshi, id: 'trade-k', positionId: 'pos-k', executedAt: now - 20 * 60_000 },
    ],
  };
}

test('with a second venue, the scanner and the history name each market’s venue and filter by it', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId, withKalshi(Date.now()));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  const rows = page.getByTestId('scanner-row');
  await expect(rows).toHaveCount(6);
  const kalshiRow = rows.filter({ hasText: 'Rain in New York City' });
  await expect(kalshiRow.getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(rows.filter({ hasText: 'Will the Fed cut rates' }).getByTestId('venue-tag')).toHaveText(
    'Polymarket',
  );
  await page.screenshot({ path: shot('dashboard-scanner-venues'), fullPage: true });
  await page.getByLabel('Venue').selectOption('kalshi');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Rain in New York City');
  await page.getByLabel('Venue').selectOption('polymarket');
  await expect(rows).toHaveCount(5);

  await page.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await page.reload();
  await expect(page.getByTestId('trade-row')).toHaveCount(7);
  await expect(page.getByTestId('closed-row').filter({ hasText: 'Rain in New York City' })).toContainText(
    'Kalshi',
  );
  await page.getByLabel('Venue').selectOption('kalshi');
  await expect(page.getByTestId('trade-row')).toHaveCount(1);
  await expect(page.getByTestId('trade-row').first().getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(page.getByTestId('closed-row')).toHaveCount(1);
  await page.screenshot({ path: shot('dashboard-history-venues'), fullPage: true });
});

test('whales and health show their data', async ({ context, extensionId }) => {
  await seedStore(context, extensionId);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#whales`);
  await expect(page.getByTestId('whale-row')).toHaveCount(2);
  await expect(page.getByTestId('whale-row').first()).toContainText('BigFish');
  await page.screenshot({ path: shot('dashboard-whales'), fullPage: true });
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByText('Liquidation success')).toBeVisible();
  await expect(page.getByText('Polymarket is rate limiting us (data /trades); retry later.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'API health (last hour)' })).toBeVisible();
  await expect(page.getByTestId('latency-by-host')).toContainText('gamma-api.polymarket.com');
  await expect(page.getByTestId('error-rates')).toContainText('/markets');
  const calibration = page.getByTestId('calibration');
  await expect(calibration.getByRole('row', { name: /^9–10/ })).toContainText('100 %');
  await expect(calibration.getByRole('row', { name: /^7 / })).toContainText('0 %');
  await page.screenshot({ path: shot('dashboard-health-seeded'), fullPage: true });
});
