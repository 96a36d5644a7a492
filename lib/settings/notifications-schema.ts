import { z } from 'zod';
import { bool, num } from './fields';

const optionalText = (label: string, valid: (value: string) => boolean, error: string, code: string) =>
  z
    .string()
    .trim()
    .nullable()
    .refine((value) => value === null || value === '' || valid(value), { error, params: { code } })
    .transform((value) => (value === '' ? null : value))
    .default(null)
    .meta({ label });

const isTelegramChatId = (value: string) =>
  /^-?\d{1,20}$/.test(value) || /^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(value);

const isHttpsUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
};

/** The Telegram bot token is a secret: it is kept encrypted outside the settings (notify/telegram-token). */
export const notificationsSchema = z
  .object({
    browser: bool({ label: 'Browser notifications' }, true),
    onEntry: bool({ label: 'Notify on entry' }, true),
    onLiquidation: bool({ label: 'Notify on liquidation' }, true),
    onClose: bool({ label: 'Notify on close' }, true),
    onError: bool({ label: 'Notify on errors' }, true),
    onDailyLossBreaker: bool({ label: 'Notify when the daily loss limit stops trading' }, true),
    telegramEnabled: bool({ label: 'Telegram messages' }, false),
    telegramChatId: optionalText(
      'Telegram chat id',
      isTelegramChatId,
      'Telegram chat id must be a number (e.g. 123456789 or -100…) or @channelname.',
      'telegram_chat_id',
    ),
    webhookEnabled: bool({ label: 'Webhook (e-mail relay)' }, false),
    webhookUrl: optionalText('Webhook URL', isHttpsUrl, 'Webhook URL must be an https:// URL.', 'https_url'),
    quietHoursEnabled: bool({ label: 'Quiet hours' }, false),
    quietStartMinutes: num(
      { label: 'Quiet hours start', unit: 'timeOfDay', min: 0, max: 1439 },
      22 * 60,
      true,
    ),
    quietEndMinutes: num({ label: 'Quiet hours end', unit: 'timeOfDay', min: 0, max: 1439 }, 7 * 60, true),
    quietBypassForErrors: bool({ label: 'Errors and the loss limit ignore quiet hours' }, true),
    minIntervalSeconds: num(
      { label: 'Repeat the same notification at most every', unit: 'seconds', min: 10, max: 86_400 },
      600,
      true,
    ),
  })
  .superRefine((n, ctx) => {
    if (n.telegramEnabled && !n.telegramChatId) {
      const message = 'Telegram needs a chat id.';
      ctx.addIssue({
        code: 'custom',
        path: ['telegramChatId'],
        message,
        params: { code: 'telegram_chat_needed' },
      });
    }
    if (n.webhookEnabled && !n.webhookUrl) {
      const message = 'The webhook needs an https:// URL.';
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message, params: { code: 'webhook_url_needed' } });
    }
  });
