import { readFileSync } from 'node:fs';
import { expect, test } from './extension-fixture';
import { seedStore } from './seed';
import { shot } from './shots';

// Hardhat's first well-known test account: never funded anywhere that matters.
const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const BOT_TOKEN = '123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQr';

test('options: the Telegram token is write-only and each channel can be tested', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  await wallet.getByLabel('Private key').fill(TEST_KEY);
  await wallet.getByLabel('New passphrase (8 characters or more)').fill('correct horse battery');
  await wallet.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Import key' }).click();
  await expect(wallet).toContainText('Unlocked');

  const token = page.getByTestId('telegram-token');
  const status = page.getByTestId('telegram-token-status');
  await expect(status).toContainText('Not set');
  const input = token.getByLabel('Telegram bot token');
  await expect(input).toHaveAttribute('type', 'password');
  await expect(token.getByRole('button', { name: 'Remove token' })).toBeDisabled();

  await input.fill('not a token');
  await token.getByRole('button', { name: 'Save token' }).click();
  await expect(token.getByRole('alert')).toContainText('does not look like a Telegram bot token');
  await expect(status).toContainText('Not set');

  await input.fill(BOT_TOKEN);
  await token.getByRole('button', { name: 'Save token' }).click();
  await expect(status).toContainText('Saved');
  await expect(input).toHaveValue('');
  expect(await page.content()).not.toContain(BOT_TOKEN);

  const results = page.getByTestId('notify-test-results');
  await page.getByRole('button', { name: 'Send test message to the webhook' }).click();
  await expect(results.getByText(/^Webhook: not sent\. .+/)).toBeVisible();
  await page.getByRole('button', { name: 'Send test message to Telegram' }).click();
  await expect(results.getByText(/^Telegram: (test message sent|not sent\. .+)/)).toBeVisible();
  await token.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('extras-notifications') });

  await token.getByRole('button', { name: 'Remove token' }).click();
  await expect(status).toContainText('Not set');
});

test('health: logs with export, and the real-time monitor in words', async ({ context, extensionId }) => {
  const now = Date.now();
  const log = (id: number, level: string, scope: string, message: string) => ({
    id: 9_000_000 + id,
    at: now - (10 - id) * 60_000,
    time: new Date(now - (10 - id) * 60_000).toISOString(),
    level,
    scope,
    message,
    fields: {},
  });
  await seedStore(context, extensionId, {
    logs: [
      log(1, 'info', 'scan', 'Scan finished: 1,240 markets, 38 shortlisted'),
      log(2, 'warn', 'data-api', 'Data API rate limit reached, waiting 20 s'),
      log(3, 'error', 'monitor', 'Seeded error line for the logs panel'),
    ],
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#health`);

  const monitor = page.getByTestId('realtime-panel');
  await expect(monitor.getByRole('heading', { name: 'Real-time monitor' })).toBeVisible();
  await expect(page.getByTestId('realtime-state')).toHaveText(
    /^(Idle|Connecting|Disconnected|Connected|Live|Stopped)/,
  );
  await expect(monitor.getByText('Reaction time (median)')).toBeVisible();

  const logs = page.getByRole('table', { name: /newest \d+ log lines/ });
  await expect(logs.getByText('Seeded error line for the logs panel')).toBeVisible();
  const first = page.getByTestId('log-row').filter({ hasText: 'Seeded error line' });
  await expect(first).toContainText('Error');
  await expect(first).toContainText('monitor');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export logs' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^equilibrage-logs-.+\.jsonl$/);
  const lines = readFileSync(await file.path(), 'utf8')
    .trim()
    .split('\n');
  const messages = lines.map((l) => (JSON.parse(l) as { message: string }).message);
  expect(messages).toContain('Seeded error line for the logs panel');

  await monitor.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('extras-health-realtime') });
  await page.getByTestId('logs-panel').screenshot({ path: shot('extras-health-logs') });
});

test('popup and dashboard: Close all positions asks once, lists the sides and the mode, then says what happened', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('position-item')).toHaveCount(2);
  await page.screenshot({ path: shot('extras-close-all-popup') });
  await page.getByRole('button', { name: 'Close all positions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close all open positions?' });
  await expect(dialog).toContainText('(sides: 3) across the 2 positions');
  await expect(dialog).toContainText(
    'Will the Fed cut rates in December? — sell YES at about 62¢, sell NO at about 38¢',
  );
  await expect(dialog).toContainText('sell YES at about 79¢');
  await expect(dialog).toContainText('PAPER: simulated fills');
  await page.screenshot({ path: shot('extras-close-all-confirm') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 700 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#history`);
  await dashboard.getByRole('button', { name: 'Close all positions' }).click();
  const confirm = dashboard.getByRole('dialog', { name: 'Close all open positions?' });
  await confirm.getByRole('button', { name: 'Close 2 positions' }).click();
  await expect(confirm).toBeHidden({ timeout: 30_000 });
  await expect(
    dashboard.getByText(
      /^(Positions closed: \d of 2\. Details in History\.|Closing all positions failed: .+)$/,
    ),
  ).toBeVisible();
  await dashboard.screenshot({ path: shot('extras-close-all-result') });
});

test('whales: a row expands into patterns in words, positions of a followed wallet, and Follow', async ({
  context,
  extensionId,
}) => {
  const now = Date.now();
  const HOUR = 3_600_000;
  const whale = (over: Record<string, unknown>) => ({
    id: 'w1',
    walletAddress: '0x1234567890abcdef1234567890abcdef12345678',
    name: 'BigFish',
    totalVolume: 1_250_000e6,
    tradeCount: 312,
    marketsActive: 14,
    lastTradeTime: now - 30 * 60_000,
    firstSeenAt: now - 72 * HOUR,
    tracked: true,
    updatedAt: now,
    ...over,
  });
  await seedStore(context, extensionId, {
    whales: [
      whale({
        patterns: {
          netSideByMarket: {
            '0xcond1': { side: 'yes', netUsd: 12_400e6 },
            '0xcond2': { side: 'no', netUsd: -3_000e6 },
            '0xelsewhere': { side: 'flat', netUsd: 0 },
          },
          concentration: 0.62,
          topMarket: '0xcond1',
          maxBuysInWindow: 5,
          accumulating: true,
          fresh: false,
          positions: [
            {
              conditionId: '0xcond1',
              title: 'Will the Fed cut rates in December?',
              outcome: 'Yes',
              size: 25_000e6,
              avgPrice: 480_000,
              currentValue: 15_500e6,
              cashPnl: 3_500e6,
            },
          ],
          positionsAt: now - 10 * 60_000,
        },
      }),
      whale({
        id: 'w2',
        walletAddress: '0xabcdefabcdefabcdefabcdefabcdefabcdefabcd',
        name: null,
        totalVolume: 480_000e6,
        tracked: false,
        firstSeenAt: now - 2 * HOUR,
        patterns: {
          netSideByMarket: { '0xcond3': { side: 'yes', netUsd: 8_000e6 } },
          concentration: 1,
          topMarket: '0xcond3',
          maxBuysInWindow: 1,
          accumulating: false,
          fresh: true,
        },
      }),
    ],
    runtimeState: [
      {
        key: 'whales.markets',
        value: {
          computedAt: now,
          covered: ['0xcond1', '0xcond2'],
          markets: { '0xcond1': { whaleVolume24h: 45_000e6, distinctWhales: 3 } },
        },
        updatedAt: now,
      },
    ],
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#whales`);
  const rows = page.getByTestId('whale-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Accumulating · 3 markets');
  await expect(rows.nth(1)).toContainText('Fresh · 1 market');

  const expand = page.getByRole('button', { name: 'Show the patterns of BigFish' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  await expand.click();
  await expect(page.getByRole('button', { name: 'Hide the patterns of BigFish' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const details = page.getByTestId('whale-details');
  await expect(details).toContainText(
    '62 % of its observed volume is in Will the Fed cut rates in December?',
  );
  await expect(details).toContainText('Accumulating: 5 buys within one hour');
  await expect(details).toContainText('Known wallet: first seen');
  const sides = details.getByTestId('whale-net-side');
  await expect(sides.nth(0)).toHaveText(
    'Will the Fed cut rates in December? — leans YES, $12,400.00 net · 3 whales, $45,000.00 in 24 h',
  );
  await expect(sides.nth(1)).toHaveText('Bitcoin above $100,000 on "Dec 31"? — leans NO, $3,000.00 net');
  await expect(sides.nth(2)).toHaveText('A market not in your scans — no net side');
  const positions = details.getByRole('table', { name: 'Open positions of BigFish' });
  await expect(positions).toContainText('YES');
  await expect(positions).toContainText('48¢');
  await expect(positions).toContainText('+$3,500.00');
  await expect(details.getByRole('button', { name: 'Unfollow BigFish' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.screenshot({ path: shot('extras-whales-expanded'), fullPage: true });

  await page.getByRole('button', { name: 'Show the patterns of 0xabcd…abcd' }).click();
  const second = page.getByTestId('whale-details').nth(1);
  await expect(second).toContainText('Fresh wallet: first seen');
  await expect(second).toContainText('No accumulation: never more than one buy within an hour');
  // Follow: the background marks the wallet tracked (or, before the handler is wired, says why not).
  await second.getByRole('button', { name: 'Follow 0xabcd…abcd' }).click();
  await expect(
    second
      .getByRole('button', { name: 'Unfollow 0xabcd…abcd' })
      .or(second.getByRole('alert').filter({ hasText: /^Could not change: .+/ })),
  ).toBeVisible();
  await page.screenshot({ path: shot('extras-whales-follow'), fullPage: true });
});
