import type { Locator, Page } from '@playwright/test';
import type { MirroredMarket } from './cross-venue-fixture';
import { expect } from './cross-venue-fixture';
import { sendFromPage } from './extension-messages';
import { readTable } from './store-reader';

/** The words the flow clicks and reads, per UI language. */
export interface CrossVenueWords {
  scanNow: string;
  sameEventTab: RegExp;
  opportunitiesTab: string;
  why: RegExp;
}

export const EN: CrossVenueWords = {
  scanNow: 'Scan now',
  sameEventTab: /^Same event on both venues/,
  opportunitiesTab: 'Opportunities',
  why: /^Why \d+\/10$/,
};

export const FR: CrossVenueWords = {
  scanNow: 'Analyser',
  sameEventTab: /^Même événement sur les deux plateformes/,
  opportunitiesTab: 'Opportunités',
  why: /^Pourquoi \d+\/10$/,
};

/** Press "Scan now" as a user would and wait until the scan is over (the button reads "Scan now" again). */
export async function scanFromTheScanner(page: Page, words: CrossVenueWords): Promise<void> {
  const button = page.getByRole('button', { name: words.scanNow });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(page.getByRole('button', { name: words.scanNow })).toBeEnabled({ timeout: 90_000 });
}

/** The card of the pair whose Kalshi market is `ticker`, in the list or in a row's details. */
export function pairCard(scope: Page | Locator, ticker: string): Locator {
  return scope.locator(`[data-testid="cross-venue-match"][data-match-id$="|kalshi:${ticker}"]`);
}

/** The mirrored markets the scan kept as opportunities (their scanner rows show the comparison). */
export async function scoredMirrors(
  page: Page,
  mirrored: readonly MirroredMarket[],
): Promise<MirroredMarket[]> {
  const rows = await readTable<{ marketName: string }>(page, 'opportunities');
  const names = new Set(rows.map((r) => r.marketName));
  return mirrored.filter((m) => names.has(m.question));
}

/** The scanner row of a market, found with the scanner's own search box. */
export async function scannerRow(page: Page, question: string, search: string): Promise<Locator> {
  await page.getByLabel(search).fill(question);
  const row = page.getByTestId('scanner-row').filter({ hasText: question });
  await expect(row).toHaveCount(1);
  return row;
}

/**
 * Widen the scanner's rules in the settings, as a user may in Options → Strategy, so that the
 * fake's mirrored markets (random prices, end dates up to four months away) are opportunities
 * whose rows show the comparison.
 */
export async function widenScannerRules(page: Page): Promise<void> {
  const reply = await sendFromPage<{ ok: boolean; data?: { ok: boolean } }>(page, 'settings.update', {
    patch: {
      strategy: {
        bandLow: 0.05,
        bandHigh: 0.95,
        maxDaysToEnd: 365,
        minLiquidity: 0,
        minVolume24h: 0,
        maxSpread: 0.5,
      },
    },
  });
  if (!reply.ok || !reply.data?.ok) throw new Error(`could not widen the rules: ${JSON.stringify(reply)}`);
}
