import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { createNotifications, localMinuteOfDay } from '../../../lib/adapters/notify/create-notifications';
import { EquilibrageDatabase } from '../../../lib/adapters/storage/database';
import { createStore } from '../../../lib/adapters/storage/store';
import { Logger } from '../../../lib/log/logger';
import { MemorySessionStore } from '../vault/vault-fakes';
import { entry } from './notify-fixtures';

const db = new EquilibrageDatabase('create-notifications-test');
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('createNotifications (container wiring)', () => {
  it('notifies through the browser with the stored settings and persists the throttle', async () => {
    await db.open();
    const store = createStore(db, () => 0);
    const { notifier, telegramToken } = createNotifications({
      store,
      session: new MemorySessionStore(),
      clock: { now: () => 1_000 },
      logger: new Logger({ console: false }),
    });
    await notifier.notify(entry);
    expect(Object.keys(await browser.notifications.getAll())).toEqual(['equilibrage:entry:p1']);
    await notifier.settled();
    expect(await store.runtime.get('notify.throttle', z.unknown())).toMatchObject({
      'entry:p1': { lastSentAt: 1_000, suppressed: 0 },
    });
    expect(await telegramToken.status()).toBe('missing');
    expect(await notifier.test('telegram')).toMatchObject({ ok: false, error: { code: 'telegram_no_chat' } });
  });

  it('words messages in the browser’s UI language', async () => {
    await db.open();
    const store = createStore(db, () => 0);
    const deps = {
      store,
      session: new MemorySessionStore(),
      clock: { now: () => 1_000 },
      logger: new Logger({ console: false }),
    };
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
    await createNotifications(deps).notifier.notify(entry);
    const options = fakeBrowser.notifications.getAllCreateOptions()['equilibrage:entry:p1'];
    expect(options?.title).toBe('Position ouverte');
    expect(options?.message.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Will <Team A> & B win?\nOUI 48¢ + NON 53¢, coût 100,00 $ · papier',
    );
    // An injected language wins (and English stays English).
    fakeBrowser.reset();
    const english = createNotifications({
      ...deps,
      clock: { now: () => 10_000_000 },
      uiLanguage: () => 'en-US',
    });
    await english.notifier.notify({ ...entry, positionId: 'p2' });
    expect(fakeBrowser.notifications.getAllCreateOptions()['equilibrage:entry:p2']?.title).toBe(
      'Position opened',
    );
  });

  it('computes local minutes of the day', () => {
    const at = new Date(2026, 0, 1, 22, 30).getTime();
    expect(localMinuteOfDay(at)).toBe(22 * 60 + 30);
  });
});
