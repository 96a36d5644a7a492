import { expect, test } from './extension-fixture';
import { type PhoneProblems, phoneProblems } from './phone-checks';
import { seedStore } from './seed';
import { shot } from './shots';

const PHONE = { width: 360, height: 740 };
const NONE: PhoneProblems = { horizontalScroll: 0, cutOff: [], smallTargets: [] };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

test('at phone width (360 × 740, touch) no page scrolls sideways and every tap target is 44 px', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const pages = [
    ['popup', 'popup.html'],
    ['options', 'options.html'],
    ['dashboard-scanner', 'dashboard.html#scanner'],
    ['dashboard-history', 'dashboard.html#history'],
    ['dashboard-whales', 'dashboard.html#whales'],
    ['dashboard-health', 'dashboard.html#health'],
    ['dashboard-backtest', 'dashboard.html#backtest'],
  ] as const;
  const found: Record<string, PhoneProblems> = {};
  for (const [name, url] of pages) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
    found[name] = await phoneProblems(page);
    await page.screenshot({ path: shot(`phone-${name}`), fullPage: true });
    await page.close();
  }
  expect(found).toEqual(Object.fromEntries(pages.map(([name]) => [name, NONE])));
});
