import type { NotificationEvent } from '../../core/notify/notification-event';
import type { ThrottleEntry, ThrottleState } from '../../core/notify/notify-throttle';

/**
 * Reads a persisted throttle state defensively: entries that do not look right are dropped (a lost
 * count only means one extra message).
 */
export function parseThrottleState(raw: unknown): ThrottleState {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, ThrottleEntry> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'object' || value === null) continue;
    const { lastSentAt, suppressed, latest } = value as Record<string, unknown>;
    if (typeof lastSentAt !== 'number' || typeof suppressed !== 'number') continue;
    out[key] = { lastSentAt, suppressed, latest: isEvent(latest) ? latest : null };
  }
  return out;
}

function isEvent(value: unknown): value is NotificationEvent {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}
