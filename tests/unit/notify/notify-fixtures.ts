import type { EntryEvent, NotificationEvent } from '../../../lib/core/notify/notification-event';
import type { NotifyPreferences } from '../../../lib/core/notify/notify-preferences';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/** The settings defaults (which must satisfy the core's preference shape), with overrides. */
export function prefs(overrides: Partial<NotifyPreferences> = {}): NotifyPreferences {
  return { ...DEFAULT_SETTINGS.notifications, ...overrides };
}

export const entry: EntryEvent = {
  type: 'entry',
  marketId: 'm1',
  marketName: 'Will <Team A> & B win?',
  mode: 'paper',
  positionId: 'p1',
  priceYes: 480_000,
  priceNo: 530_000,
  cost: 100_000_000,
};

export function errorEvent(code = 'rate_limited', scope = 'monitor'): NotificationEvent {
  return { type: 'error', code, scope, message: 'Polymarket is rate limiting us.', mode: 'live' };
}

export const breaker: NotificationEvent = {
  type: 'daily_loss_breaker',
  loss: 120_000_000,
  limit: 100_000_000,
  mode: 'paper',
};
