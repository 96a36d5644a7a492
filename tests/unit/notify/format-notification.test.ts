import { describe, expect, it } from 'vitest';
import { formatNotification, plainText } from '../../../lib/core/notify/format-notification';
import { escapeHtml, splitMessage, toTelegramHtml } from '../../../lib/core/notify/telegram-html';
import { breaker, entry, errorEvent } from './notify-fixtures';

const at = 1_000;

describe('notification formatting', () => {
  it('writes an entry with prices in cents and cost in dollars', () => {
    const text = formatNotification({ key: 'k', event: entry, repeats: null, at });
    expect(text).toEqual({
      title: 'Position opened',
      lines: ['Will <Team A> & B win?', 'YES 48¢ + NO 53¢, cost $100 · paper'],
    });
  });

  it('names the one side a single-side strategy bought', () => {
    const one = formatNotification({
      key: 'k',
      event: { ...entry, priceNo: 0, priceYes: 670_000 },
      repeats: null,
      at,
    });
    expect(one.lines[1]).toBe('YES 67¢ only, cost $100 · paper');
  });

  it('signs P&L and names the sold side of a liquidation', () => {
    const text = formatNotification({
      key: 'k',
      at,
      repeats: null,
      event: {
        type: 'liquidation',
        marketId: 'm',
        marketName: 'X',
        mode: 'live',
        positionId: 'p',
        side: 'no',
        price: 625_000,
        proceeds: 60_500_000,
        pnl: 10_500_000,
      },
    });
    expect(text.lines[1]).toBe('Sold NO at 62.5¢ for $60.50, P&L +$10.50 · live');
    const close = formatNotification({
      key: 'k',
      at,
      repeats: null,
      event: {
        type: 'close',
        marketId: 'm',
        marketName: 'X',
        mode: 'paper',
        positionId: 'p',
        reason: 'stop_loss',
        pnl: -3_200_000,
      },
    });
    expect(close.lines[1]).toBe('stop loss, P&L -$3.20 · paper');
  });

  it('summarises repeats on the last line', () => {
    const text = formatNotification({
      key: 'k',
      event: errorEvent(),
      repeats: { count: 37, sinceMs: 600_000 },
      at,
    });
    expect(plainText(text)).toBe(
      'Error in monitor\nPolymarket is rate limiting us. (rate_limited) · live\n(and 37 more errors in the last 10 min)',
    );
    expect(formatNotification({ key: 'k', event: breaker, repeats: null, at }).title).toBe(
      'Daily loss limit reached',
    );
  });

  it('escapes < > & for Telegram HTML and bolds the title', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    const html = toTelegramHtml(formatNotification({ key: 'k', event: entry, repeats: null, at }));
    expect(html).toBe(
      '<b>Position opened</b>\nWill &lt;Team A&gt; &amp; B win?\nYES 48¢ + NO 53¢, cost $100 · paper',
    );
  });

  it('splits at 4096 characters, on line breaks, never inside an entity', () => {
    expect(splitMessage('short')).toEqual(['short']);
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const parts = splitMessage(lines);
    expect(parts.length).toBe(3);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('\n')).toBe(lines);
    const entities = '&amp;'.repeat(1000);
    const cut = splitMessage(entities);
    expect(cut.every((p) => p.length <= 4096 && /^(&amp;)+$/.test(p))).toBe(true);
    expect(cut.join('')).toBe(entities);
  });
});
