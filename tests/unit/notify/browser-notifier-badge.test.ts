import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../../lib/adapters/notify/badge';
import { BrowserNotifier } from '../../../lib/adapters/notify/browser-notifier';
import { entry, errorEvent } from './notify-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('browser notifications', () => {
  it('creates a basic notification with the required fields, one id per key', async () => {
    const notifier = new BrowserNotifier();
    await notifier.send({ key: 'entry:p1', event: entry, repeats: null, at: 0 });
    await notifier.send({ key: 'entry:p1', event: { ...entry, cost: 50_000_000 }, repeats: null, at: 1 });
    await notifier.send({ key: 'error:monitor:x', event: errorEvent('x'), repeats: null, at: 2 });
    expect(Object.keys(await browser.notifications.getAll())).toEqual([
      'equilibrage:entry:p1',
      'equilibrage:error:monitor:x',
    ]);
    const options = fakeBrowser.notifications.getAllCreateOptions();
    expect(options['equilibrage:entry:p1']).toMatchObject({
      type: 'basic',
      title: 'Position opened',
      message: 'Will <Team A> & B win?\nYES 48¢ + NO 53¢, cost $50 · paper',
      priority: 0,
    });
    expect(options['equilibrage:entry:p1']?.iconUrl).toMatch(/^data:image\/png;base64,/);
    expect(options['equilibrage:error:monitor:x']?.priority).toBe(2);
  });

  it('fails with a reason, not a crash, where the browser has no notifications API (Firefox for Android)', async () => {
    const api = browser as { notifications?: unknown };
    const saved = api.notifications;
    api.notifications = undefined;
    try {
      await expect(
        new BrowserNotifier().send({ key: 'entry:p1', event: entry, repeats: null, at: 0 }),
      ).rejects.toMatchObject({
        code: 'browser_notifications_unavailable',
        message: /use Telegram or a webhook/,
      });
    } finally {
      api.notifications = saved;
    }
  });
});

describe('action badge', () => {
  it('shows open positions, "!" in red on failure, and clears', async () => {
    await updateBadge({ openPositions: 3, failing: false });
    expect(await browser.action.getBadgeText({})).toBe('3');
    await updateBadge({ openPositions: 3, failing: true });
    expect(await browser.action.getBadgeText({})).toBe('!');
    expect(await browser.action.getBadgeBackgroundColor({})).toEqual([211, 47, 47, 255]);
    await updateBadge({ openPositions: 120, failing: false });
    expect(await browser.action.getBadgeText({})).toBe('99+');
    await updateBadge({ openPositions: 0, failing: false });
    expect(await browser.action.getBadgeText({})).toBe('');
  });
});
