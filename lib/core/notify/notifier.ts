import type { NotificationEvent } from './notification-event';

/** The port the trading engine and the passes call; lib/app/notify/notifier.ts implements it. */
export interface Notifier {
  /** Never throws: delivery failures are logged by the implementation. */
  notify(event: NotificationEvent): Promise<void>;
}

/** A Notifier that drops everything (tests, or before the container is built). */
export const silentNotifier: Notifier = {
  notify: async () => undefined,
};
