import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from '@playwright/test';
import { expect } from './extension-fixture';
import { type PhoneProblems, phoneProblems } from './phone-checks';
import { seedStore } from './seed';
import { shot } from './shots';

/** Every page of the extension a person opens: the popup, the options, each dashboard tab. */
export const PAGES = [
  ['popup', 'popup.html'],
  ['options', 'options.html'],
  ['dashboard-scanner', 'dashboard.html#scanner'],
  ['dashboard-history', 'dashboard.html#history'],
  ['dashboard-whales', 'dashboard.html#whales'],
  ['dashboard-health', 'dashboard.html#health'],
  ['dashboard-backtest', 'dashboard.html#backtest'],
] as const;

export const PHONE = { width: 360, height: 740 };

interface PageFindings extends PhoneProblems {
  /** axe-core violations of impact serious or critical: "rule: target …". */
  axe: string[];
}

/**
 * Open every page with the seeded store at the context's viewport, measure what a phone user would hit
 * (`phone`) and audit it with axe-core (WCAG 2.x A/AA rules); screenshots go to tests/e2e/screenshots/<prefix>-<page>.png.
 */
export async function auditEveryPage(
  context: BrowserContext,
  extensionId: string,
  prefix: string,
  { phone }: { phone: boolean },
) {
  await seedStore(context, extensionId);
  const found: Record<string, PageFindings> = {};
  for (const [name, url] of PAGES) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/Loading…|Chargement…/);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    found[name] = {
      ...(phone ? await phoneProblems(page) : { horizontalScroll: 0, cutOff: [], smallTargets: [] }),
      axe: axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)),
    };
    await page.screenshot({ path: shot(`${prefix}-${name}`), fullPage: true });
    await page.close();
  }
  const clean: PageFindings = { horizontalScroll: 0, cutOff: [], smallTargets: [], axe: [] };
  expect(found).toEqual(Object.fromEntries(PAGES.map(([name]) => [name, clean])));
}
