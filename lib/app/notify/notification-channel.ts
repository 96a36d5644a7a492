import type { NotifyPreferences } from '../../core/notify/notify-preferences';
import type { OutgoingNotification } from '../../core/notify/notify-throttle';

/** One delivery channel (browser, Telegram, webhook). Throws an AppError when delivery fails. */
export interface NotificationChannel {
  send(notification: OutgoingNotification, prefs: NotifyPreferences): Promise<void>;
}

/** Where the throttle's counts survive worker restarts (a runtime-state row in production). */
export interface ThrottleStore {
  load(): Promise<unknown>;
  save(state: unknown): Promise<void>;
}

/** The log methods the dispatcher uses (a `Logger` fits). */
export interface NotifyLog {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, error?: unknown, fields?: Readonly<Record<string, unknown>>): void;
}
