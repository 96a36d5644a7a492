import { describe, expect, it } from 'vitest';
import type { NotificationChannel } from '../../../lib/app/notify/notification-channel';
import { NotificationDispatcher } from '../../../lib/app/notify/notifier';
import type { NotifyPreferences } from '../../../lib/core/notify/notify-preferences';
import type { OutgoingNotification } from '../../../lib/core/notify/notify-throttle';
import { operationalError } from '../../../lib/errors/app-error';
import { Logger } from '../../../lib/log/logger';
import { entry, errorEvent, prefs } from './notify-fixtures';

class RecordingChannel implements NotificationChannel {
  sent: OutgoingNotification[] = [];
  constructor(private readonly fail = false) {}
  async send(n: OutgoingNotification) {
    if (this.fail) throw operationalError('down', { code: 'down' });
    this.sent.push(n);
  }
}

function setup(p: NotifyPreferences, minute = 12 * 60) {
  const clock = { time: 0, now: () => clock.time };
  const browser = new RecordingChannel();
  const webhook = new RecordingChannel(true);
  const telegram = new RecordingChannel();
  const logger = new Logger({ console: false });
  let saved: unknown;
  const dispatcher = new NotificationDispatcher({
    channels: { browser, webhook, telegram },
    preferences: async () => p,
    clock,
    localMinuteOfDay: () => minute,
    log: logger,
    throttleStore: {
      load: async () => saved,
      save: async (s) => {
        saved = s;
      },
    },
  });
  return { clock, browser, webhook, telegram, logger, dispatcher, saved: () => saved };
}

const all = prefs({
  telegramEnabled: true,
  telegramChatId: '1',
  webhookEnabled: true,
  webhookUrl: 'https://x.test',
});

describe('notification dispatcher', () => {
  it('fans out; a failing channel neither blocks the others nor throws', async () => {
    const s = setup(all);
    await s.dispatcher.notify(entry);
    expect(s.browser.sent).toHaveLength(1);
    expect(s.telegram.sent).toHaveLength(1);
    const failure = s.logger.entries().find((e) => e.message === 'notification channel failed');
    expect(failure?.fields).toMatchObject({ channel: 'webhook', error: { code: 'down' } });
  });

  it('sends an error storm of 500 as one message, then one summary on flush', async () => {
    const s = setup(all);
    for (let i = 0; i < 500; i++) {
      s.clock.time = i * 100;
      await s.dispatcher.notify(errorEvent());
    }
    expect(s.telegram.sent).toHaveLength(1);
    s.clock.time = 600_000;
    expect(await s.dispatcher.flush()).toBe(1);
    expect(s.telegram.sent).toHaveLength(2);
    expect(s.telegram.sent[1]?.repeats).toEqual({ count: 498, sinceMs: 600_000 });
    await s.dispatcher.settled();
    expect(s.saved()).toBeTypeOf('object');
  });

  it('remembers the throttle across a restart through its store', async () => {
    const s = setup(all);
    await s.dispatcher.notify(errorEvent());
    await s.dispatcher.settled();
    const restarted = new NotificationDispatcher({
      channels: { browser: s.browser },
      preferences: async () => all,
      clock: { now: () => 1_000 },
      localMinuteOfDay: () => 0,
      log: s.logger,
      throttleStore: { load: async () => s.saved(), save: async () => undefined },
    });
    await restarted.notify(errorEvent());
    expect(s.browser.sent).toHaveLength(1);
  });

  it('respects toggles and quiet hours (errors bypass)', async () => {
    const quiet = { ...all, onEntry: false };
    const s = setup(quiet);
    await s.dispatcher.notify(entry);
    expect(s.browser.sent).toEqual([]);
    const night = setup(
      { ...all, quietHoursEnabled: true, quietStartMinutes: 1320, quietEndMinutes: 420 },
      30,
    );
    await night.dispatcher.notify(entry);
    await night.dispatcher.notify(errorEvent());
    expect(night.browser.sent.map((n) => n.event.type)).toEqual(['error']);
  });

  it('tests one channel and reports its error', async () => {
    const s = setup(prefs());
    expect(await s.dispatcher.test('telegram')).toEqual({ ok: true });
    expect(s.telegram.sent[0]?.event).toEqual({ type: 'test', channel: 'telegram' });
    expect(await s.dispatcher.test('webhook')).toMatchObject({ ok: false, error: { code: 'down' } });
  });
});
