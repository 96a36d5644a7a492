import { type NotificationEvent, notificationKey } from './notification-event';

/**
 * Deduplication per notification key: the first event of a key goes out at once; repeats within
 * `windowMs` are only counted; the count rides on the next message of that key, or on a summary
 * that `flushDue` produces once the window has passed. An error storm of 500 is two messages.
 */
export interface ThrottleEntry {
  lastSentAt: number;
  suppressed: number;
  /** The latest suppressed event, for the summary. */
  latest: NotificationEvent | null;
}

export type ThrottleState = Readonly<Record<string, ThrottleEntry>>;

export const EMPTY_THROTTLE: ThrottleState = {};

/** Repeats folded into a message: `count` more of the same key during the last `sinceMs`. */
export interface Repeats {
  count: number;
  sinceMs: number;
}

/** A message to deliver: the event, and the repeats it also stands for. */
export interface OutgoingNotification {
  key: string;
  event: NotificationEvent;
  repeats: Repeats | null;
  at: number;
}

export interface AdmitResult {
  state: ThrottleState;
  /** Null when the event was counted instead of sent. */
  outgoing: OutgoingNotification | null;
}

export function admit(
  state: ThrottleState,
  event: NotificationEvent,
  now: number,
  windowMs: number,
): AdmitResult {
  const key = notificationKey(event);
  const entry = state[key];
  if (entry && event.type !== 'test' && now - entry.lastSentAt < windowMs) {
    const next: ThrottleEntry = { ...entry, suppressed: entry.suppressed + 1, latest: event };
    return { state: { ...state, [key]: next }, outgoing: null };
  }
  const repeats =
    entry && entry.suppressed > 0 ? { count: entry.suppressed, sinceMs: now - entry.lastSentAt } : null;
  const fresh: ThrottleEntry = { lastSentAt: now, suppressed: 0, latest: null };
  return { state: { ...state, [key]: fresh }, outgoing: { key, event, repeats, at: now } };
}

/**
 * Summaries for keys whose window has passed with repeats still untold, and a state without
 * entries that no longer matter (quiet for a whole window with nothing pending).
 */
export function flushDue(
  state: ThrottleState,
  now: number,
  windowMs: number,
): { state: ThrottleState; outgoing: OutgoingNotification[] } {
  const next: Record<string, ThrottleEntry> = {};
  const outgoing: OutgoingNotification[] = [];
  for (const [key, entry] of Object.entries(state)) {
    const elapsed = now - entry.lastSentAt;
    if (elapsed < windowMs) {
      next[key] = entry;
    } else if (entry.suppressed > 0 && entry.latest) {
      // The latest repeat is the message; the others are the "and N more".
      const others = entry.suppressed - 1;
      const repeats = others > 0 ? { count: others, sinceMs: elapsed } : null;
      outgoing.push({ key, event: entry.latest, repeats, at: now });
      next[key] = { lastSentAt: now, suppressed: 0, latest: null };
    }
  }
  return { state: next, outgoing };
}
