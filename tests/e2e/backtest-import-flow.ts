import path from 'node:path';
import type { Page } from '@playwright/test';
import { resolveMarket } from '../fake-polymarket/scenarios/resolve-market';
import type { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';

const FIXTURES = path.resolve('tests/fixtures/backtest/import');

/** The four documented example files, chosen at once in the dataset panel's file input. */
export async function importExampleFiles(page: Page): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles(
      ['markets.csv', 'trades.csv', 'series.csv', 'trades-bad.csv'].map((f) => path.join(FIXTURES, f)),
    );
}

type Fake = Awaited<ReturnType<typeof startFakePolymarket>>;

/** An open market by id, a resolved one by its polymarket.com link, and a slug no market has. */
export function pickedMarkets(fake: Fake): { text: string; open: string; resolved: string } {
  const [open, resolved] = fake.state.markets.filter((m) => !m.closed);
  if (!open || !resolved) throw new Error('the fake has no open market');
  resolveMarket(fake.state, resolved, 0);
  return {
    text: [
      open.id,
      `https://polymarket.com/event/some-event/${resolved.slug}`,
      'no-such-market-anywhere',
    ].join('\n'),
    open: open.question,
    resolved: resolved.question,
  };
}
