import { z } from 'zod';
import type { HealthMetrics } from '../core/metrics/health-metrics';
import type { LogRow } from '../core/model/rows/logs';
import type { SerializedError } from '../errors/app-error';
import { message } from './define-message';

export type DeliveryReply = { ok: true } | { ok: false; error: SerializedError };
export type TelegramTokenStatus = 'ok' | 'missing' | 'locked' | 'stale';

/** Notifications, health metrics and logs: privileged (extension pages only). */
export const notifyProtocol = {
  'notify.test': message<DeliveryReply>()(
    true,
    z.object({ channel: z.enum(['browser', 'telegram', 'webhook']) }).strict(),
  ),
  'telegram.setToken': message<TelegramTokenStatus>()(
    true,
    z
      .object({
        token: z
          .string()
          .trim()
          .refine((value) => /^\d{5,12}:[A-Za-z0-9_-]{30,64}$/.test(value), {
            error: 'That does not look like a Telegram bot token (123456:ABC…).',
            // Its words in the UI's language (namespace `errors`), instead of invalid_request's.
            params: { code: 'telegram_invalid_token' },
          }),
      })
      .strict(),
  ),
  'telegram.tokenStatus': message<TelegramTokenStatus>()(true, z.object({}).strict()),
  'telegram.clearToken': message<TelegramTokenStatus>()(true, z.object({}).strict()),
  'health.metrics': message<HealthMetrics>()(
    true,
    z
      .object({
        windowMs: z
          .number()
          .int()
          .min(60_000)
          .max(7 * 86_400_000)
          .optional(),
      })
      .strict(),
  ),
  'logs.recent': message<LogRow[]>()(true, z.object({ limit: z.number().int().min(1).max(5_000) }).strict()),
  'logs.export': message<string>()(true, z.object({}).strict()),
} as const;

/** The names of the notification, health and log messages. */
export type NotifyMessage = keyof typeof notifyProtocol;
