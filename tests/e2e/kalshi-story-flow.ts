import type { BrowserContext } from '@playwright/test';
import type { FakeKalshi } from '../fake-kalshi/start-fake-kalshi';
import {
  useFakeKalshi as pointAtFakeKalshi,
  useFakeEndpoints as pointAtFakePolymarket,
  sendFromPage,
} from './extension-messages';
import { expect } from './fake-venues-fixture';
import { shot } from './shots';
import { readTable } from './store-reader';

const CENT = 10_000;
const CONTRACT = 1_000_000;

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
type PassReply = Reply<{ ran: boolean; row: { summary: string } }>;
interface PositionRow {
  venue?: string;
  marketId: string;
  status: string;
  entryMethod?: string;
  liquidatedSide: string | null;
  closeReason: string | null;
  sharesYes: number;
  sharesNo: number;
  pnl: number;
}
interface TradeRow {
  venue?: string;
  side: string;
  action: string;
  reason: string;
  status: string;
  price: number;
  shares: number;
  amount: number;
  fee: number;
}
type FakePolymarketLog = { requestLog: { entries: { path: string; query: Record<string, string> }[] } };

/** The words the story looks for, in the UI's language. */
export interface KalshiStoryWords {
  lang: 'en' | 'fr';
  scanNow: string;
  historyTab: string;
  enterAria: (market: string) => string;
  confirm: string;
  liquidated: string;
  liquidation: string;
  stopLoss: string;
}

/** Replace both bid lists of a fake Kalshi market: [price in cents, contracts] per level. */
export function quoteKalshi(
  kalshi: FakeKalshi,
  ticker: string,
  yesBids: [number, number][],
  noBids: [number, number][],
): void {
  const market = kalshi.state.market(ticker);
  if (!market) throw new Error(`no fake Kalshi market ${ticker}`);
  for (const price of [...market.yesBids.keys()]) kalshi.state.setBid(ticker, 'yes', price, 0);
  for (const price of [...market.noBids.keys()]) kalshi.state.setBid(ticker, 'no', price, 0);
  for (const [cents, size] of yesBids) kalshi.state.setBid(ticker, 'yes', cents * CENT, size * CONTRACT);
  for (const [cents, size] of noBids) kalshi.state.setBid(ticker, 'no', cents * CENT, size * CONTRACT);
}

/** A liquid Kalshi market: YES bid `yes`¢, NO bid `no`¢ (20,000 contracts a level), busy trading. */
function liquidKalshiMarket(kalshi: FakeKalshi, ticker: string, yes: number, no: number): string {
  const market = kalshi.state.market(ticker);
  if (!market) throw new Error(`no fake Kalshi market ${ticker}`);
  quoteKalshi(
    kalshi,
    ticker,
    [
      [yes, 20_000],
      [yes - 1, 20_000],
    ],
    [
      [no, 20_000],
      [no - 1, 20_000],
    ],
  );
  market.lastPrice = Math.round(((yes + 100 - no) / 2) * CENT);
  market.volume = 20_000 * CONTRACT;
  return market.title;
}

/**
 * Issue 20's whole story on a Kalshi market, in the built extension against both fakes: Kalshi on,
 * a scan from the scanner's button, Kalshi rows tagged and scored, the venue filter, a paper entry
 * through the entry dialog (whole contracts on both sides), the divergence that liquidates the
 * losing side, then the stop-loss that closes the position with its coded reason.
 */
export async function walkKalshiStory(
  context: BrowserContext,
  extensionId: string,
  fake: FakePolymarketLog & Parameters<typeof pointAtFakePolymarket>[1],
  kalshi: FakeKalshi,
  words: KalshiStoryWords,
): Promise<void> {
  const [ticker = '', other = ''] = [...kalshi.state.markets.keys()];
  // One balanced market (both sides bid 49¢, asked 51¢) and one leaning market beside it.
  const title = liquidKalshiMarket(kalshi, ticker, 49, 49);
  const otherTitle = liquidKalshiMarket(kalshi, other, 59, 39);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#scanner`);
  await pointAtFakePolymarket(page, fake);
  await pointAtFakeKalshi(page, kalshi);

  // Scan from the scanner: Kalshi's markets come in beside Polymarket's, each tagged and scored.
  await page.getByRole('button', { name: words.scanNow, exact: true }).click();
  const rows = page.getByTestId('scanner-row');
  const row = rows.filter({ hasText: title });
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row.getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(rows.filter({ hasText: otherTitle }).getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(row.locator('td').first()).toHaveText(/^([1-9]|10)\/10$/); // scored, above zero
  const mixed = await rows.getByTestId('venue-tag').allTextContents();
  expect(mixed).toContain('Polymarket');
  // The venue filter keeps Kalshi's rows only.
  await page.getByTestId('venue-filter').selectOption('kalshi');
  await expect(rows.filter({ hasText: otherTitle })).toHaveCount(1);
  const kalshiTags = await rows.getByTestId('venue-tag').allTextContents();
  expect(kalshiTags.length).toBeGreaterThanOrEqual(2);
  expect(new Set(kalshiTags)).toEqual(new Set(['Kalshi']));
  await page.screenshot({ path: shot(`kalshi-scanner-${words.lang}`) });

  // Its score explained, with the price history read from Kalshi (its candles, not Polymarket's).
  const why = row.getByRole('button', { expanded: false });
  await why.click();
  const explained = page.getByRole('row').filter({ has: page.getByRole('figure') });
  await expect(explained.getByRole('figure').last()).toBeVisible(); // the price chart
  await page.screenshot({ path: shot(`kalshi-score-${words.lang}`) });
  await row.getByRole('button', { expanded: true }).click();
  expect(kalshi.requestLog.some((r) => r.path.includes('candlesticks'))).toBe(true);

  // Enter on paper through the dialog, as a user would: whole contracts, the same count each side.
  await row.getByRole('button', { name: words.enterAria(title) }).click();
  const dialog = page.getByRole('dialog');
  const legs = dialog.getByTestId('entry-preview').getByRole('row');
  await expect(legs).toHaveCount(3, { timeout: 15_000 }); // header + YES + NO
  // $100 of the $1,000 paper bankroll, $50 a side at 51¢ with Kalshi's fee inside: 94 contracts.
  await expect(legs.nth(1)).toContainText('94');
  await expect(legs.nth(2)).toContainText('94');
  // Polymarket's holding reward is not a Kalshi thing: no line about it, not even "unknown".
  await expect(dialog.getByTestId('holding-reward')).toHaveCount(0);
  await page.screenshot({ path: shot(`kalshi-entry-${words.lang}`) });
  await dialog.getByRole('button', { name: words.confirm }).click();
  await expect.poll(async () => (await readTable<PositionRow>(page, 'positions'))[0]?.status).toBe('active');
  const [entered] = await readTable<PositionRow>(page, 'positions');
  expect(entered).toMatchObject({ venue: 'kalshi', marketId: `kalshi:${ticker}`, sharesYes: 94 * CONTRACT });
  expect(entered?.sharesNo).toBe(94 * CONTRACT);
  expect(entered?.entryMethod).not.toBe('split');
  const buys = await readTable<TradeRow>(page, 'trades');
  for (const t of buys) {
    expect(t).toMatchObject({
      venue: 'kalshi',
      action: 'buy',
      reason: 'entry',
      status: 'filled',
      price: 510_000,
    });
    // 94 whole contracts at 51¢: $47.94, and Kalshi's fee 0.07 × 94 × 0.51 × 0.49 = $1.6443 → $1.6444.
    expect([t.shares, t.amount, t.fee]).toEqual([94 * CONTRACT, 47_940_000, 1_644_400]);
  }
  // The Kalshi orders were filled on Kalshi's books (the fake's), never looked up on Polymarket.
  expect(fake.requestLog.entries.filter((e) => JSON.stringify(e).includes(ticker))).toEqual([]);

  // YES falls to 29¢ bid (NO 69¢): past the divergence threshold, the monitor sells YES.
  quoteKalshi(kalshi, ticker, [[29, 20_000]], [[69, 20_000]]);
  const liquidation = await sendFromPage<PassReply>(page, 'pass.run', { pass: 'monitor' });
  expect(liquidation.ok && liquidation.data.row.summary).toContain('1 liquidated');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const item = popup.getByTestId('position-item').filter({ hasText: title.slice(0, 20) });
  await expect(item.getByTestId('venue-tag')).toHaveText('Kalshi');
  await expect(item.getByTestId('position-status')).toContainText(words.liquidated);
  await expect(item.getByTestId('holding-reward')).toHaveCount(0);
  // Its best opportunities mix both venues: every row names its venue, as the scanner does.
  const opportunities = popup.getByTestId('opportunity-item');
  await expect(opportunities.first()).toBeVisible();
  const popupTags = await opportunities.getByTestId('venue-tag').allTextContents();
  expect(popupTags).toHaveLength(await opportunities.count());
  expect(new Set(popupTags)).toEqual(new Set(['Kalshi', 'Polymarket']));
  await popup.screenshot({ path: shot(`kalshi-position-${words.lang}`), fullPage: true });

  // Then NO falls too (29¢ bid): past the stop-loss, the rest is sold and the position closes.
  quoteKalshi(kalshi, ticker, [[69, 20_000]], [[29, 20_000]]);
  const stop = await sendFromPage<PassReply>(page, 'pass.run', { pass: 'monitor' });
  expect(stop.ok && stop.data.row.summary).toContain('1 closed');
  const [closed] = await readTable<PositionRow>(page, 'positions');
  expect(closed).toMatchObject({ status: 'closed', closeReason: 'stop_loss', liquidatedSide: 'yes' });
  expect(closed?.pnl).toBeLessThan(0);
  const sells = (await readTable<TradeRow>(page, 'trades')).filter((t) => t.action === 'sell');
  expect(sells.map((t) => [t.reason, t.side, t.shares, t.price]).sort()).toEqual([
    ['liquidation', 'yes', 94 * CONTRACT, 290_000],
    ['stop_loss', 'no', 94 * CONTRACT, 290_000],
  ]);

  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.getByRole('tab', { name: words.historyTab }).click();
  const trades = page.getByRole('row').filter({ hasText: title });
  await expect(trades.filter({ hasText: words.liquidation })).toHaveCount(1);
  await expect(trades.filter({ hasText: words.stopLoss })).toHaveCount(2); // the closed position and its sale
  for (const tag of await trades.getByTestId('venue-tag').allTextContents()) expect(tag).toBe('Kalshi');
  await page.screenshot({ path: shot(`kalshi-history-${words.lang}`), fullPage: true });
}
