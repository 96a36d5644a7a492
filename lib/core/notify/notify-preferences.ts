/**
 * The notification settings the policy reads. The settings schema's `notifications` group
 * (lib/settings/schema.ts) satisfies this shape; the core does not import it.
 */
export interface NotifyPreferences {
  browser: boolean;
  onEntry: boolean;
  onLiquidation: boolean;
  onClose: boolean;
  onError: boolean;
  onDailyLossBreaker: boolean;
  telegramEnabled: boolean;
  /** Numeric chat id or @channel; null when not set up. */
  telegramChatId: string | null;
  webhookEnabled: boolean;
  webhookUrl: string | null;
  quietHoursEnabled: boolean;
  /** Minutes after local midnight, 0–1439. A window with start > end runs across midnight. */
  quietStartMinutes: number;
  quietEndMinutes: number;
  /** Errors and the daily-loss breaker still notify during quiet hours. */
  quietBypassForErrors: boolean;
  /** The same notification key is sent at most once per this many seconds; repeats are summarised. */
  minIntervalSeconds: number;
}

export type ChannelId = 'browser' | 'telegram' | 'webhook';
