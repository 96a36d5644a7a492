import { browser } from 'wxt/browser';
import type { NotificationChannel } from '../../app/notify/notification-channel';
import { ENGLISH_WORDS } from '../../core/notify/english-words';
import { formatNotification } from '../../core/notify/format-notification';
import type { NotificationWords } from '../../core/notify/notification-words';
import type { OutgoingNotification } from '../../core/notify/notify-throttle';
import { operationalError } from '../../errors/app-error';
import { DEFAULT_NOTIFICATION_ICON } from './notification-icon';

export const NOTIFICATION_ID_PREFIX = 'equilibrage:';

/**
 * chrome.notifications (type basic). The id is derived from the notification key, so a newer
 * message about the same position or error replaces the old one instead of piling up. `words`
 * gives the wording of the moment (the UI language's, in production).
 */
export class BrowserNotifier implements NotificationChannel {
  constructor(
    private readonly iconUrl: string = DEFAULT_NOTIFICATION_ICON,
    private readonly words: () => NotificationWords = () => ENGLISH_WORDS,
  ) {}

  async send(notification: OutgoingNotification): Promise<void> {
    const text = formatNotification(notification, this.words());
    const type = notification.event.type;
    const urgent = type === 'error' || type === 'daily_loss_breaker' || type === 'live_stopped';
    if (!hasBrowserNotifications()) {
      throw operationalError(
        'This browser cannot show extension notifications (Firefox for Android): use Telegram or a webhook.',
        { code: 'browser_notifications_unavailable' },
      );
    }
    await browser.notifications.create(`${NOTIFICATION_ID_PREFIX}${notification.key}`.slice(0, 500), {
      type: 'basic',
      iconUrl: this.iconUrl,
      title: text.title,
      message: text.lines.join('\n'),
      priority: urgent ? 2 : 0,
    });
  }
}

/** Firefox for Android may have no notifications API: the channel then fails with a reason, never a crash. */
export function hasBrowserNotifications(): boolean {
  return typeof (browser as { notifications?: { create?: unknown } }).notifications?.create === 'function';
}
