import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, notificationsSchema } from '../../../lib/settings/schema';

describe('notification settings', () => {
  it('has safe defaults: browser only, quiet 22:00–07:00 off, 10 min repeat interval', () => {
    expect(DEFAULT_SETTINGS.notifications).toMatchObject({
      browser: true,
      telegramEnabled: false,
      telegramChatId: null,
      webhookEnabled: false,
      webhookUrl: null,
      quietHoursEnabled: false,
      quietStartMinutes: 1320,
      quietEndMinutes: 420,
      quietBypassForErrors: true,
      onDailyLossBreaker: true,
      minIntervalSeconds: 600,
    });
    expect(DEFAULT_SETTINGS.notifications).not.toHaveProperty('telegramToken');
  });

  it('accepts numeric chat ids and @channels; empty means unset', () => {
    for (const id of ['123456789', '-1001234567890', '@my_channel']) {
      expect(notificationsSchema.parse({ telegramChatId: id }).telegramChatId).toBe(id);
    }
    expect(notificationsSchema.parse({ telegramChatId: '' }).telegramChatId).toBeNull();
    for (const id of ['12a', '@x', 'channel', '1 2']) {
      expect(notificationsSchema.safeParse({ telegramChatId: id }).success).toBe(false);
    }
  });

  it('accepts https webhook URLs only, and requires what an enabled channel needs', () => {
    expect(notificationsSchema.parse({ webhookUrl: 'https://relay.example/hook' }).webhookUrl).toBe(
      'https://relay.example/hook',
    );
    expect(notificationsSchema.safeParse({ webhookUrl: 'http://relay.example/hook' }).success).toBe(false);
    expect(notificationsSchema.safeParse({ webhookUrl: 'not a url' }).success).toBe(false);
    const missing = notificationsSchema.safeParse({ telegramEnabled: true, webhookEnabled: true });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'telegramChatId',
      'webhookUrl',
    ]);
    expect(notificationsSchema.safeParse({ quietStartMinutes: 1440 }).success).toBe(false);
  });
});
