import type { NotificationEvent } from './notification-event';
import type { NotifyPreferences } from './notify-preferences';

export const MINUTES_PER_DAY = 1440;

/**
 * Whether `minuteOfDay` (local time, 0–1439) falls in [start, end). A window with start > end runs
 * across midnight (22:00 → 07:00); start = end means no quiet hours at all.
 */
export function inQuietWindow(minuteOfDay: number, start: number, end: number): boolean {
  const m = ((minuteOfDay % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** Errors and the breaker may bypass quiet hours; a test message always goes out. */
export function bypassesQuietHours(event: NotificationEvent, prefs: NotifyPreferences): boolean {
  if (event.type === 'test') return true;
  const urgent =
    event.type === 'error' || event.type === 'daily_loss_breaker' || event.type === 'live_stopped';
  return urgent && prefs.quietBypassForErrors;
}

/** True when the event must be held back because of quiet hours. */
export function isSilenced(event: NotificationEvent, prefs: NotifyPreferences, minuteOfDay: number): boolean {
  if (!prefs.quietHoursEnabled || bypassesQuietHours(event, prefs)) return false;
  return inQuietWindow(minuteOfDay, prefs.quietStartMinutes, prefs.quietEndMinutes);
}
