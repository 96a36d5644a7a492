import { ENGLISH_WORDS } from './english-words';
import type { NotificationEvent } from './notification-event';
import type { NotificationWords, PlainNotification } from './notification-words';
import type { OutgoingNotification, Repeats } from './notify-throttle';

export type { PlainNotification } from './notification-words';

function eventText(event: NotificationEvent, words: NotificationWords): PlainNotification {
  switch (event.type) {
    case 'entry':
      return words.entry(event);
    case 'liquidation':
      return words.liquidation(event);
    case 'close':
      return words.close(event);
    case 'error':
      return words.error(event);
    case 'daily_loss_breaker':
      return words.dailyLossBreaker(event);
    case 'live_stopped':
      return words.liveStopped(event);
    case 'test':
      return words.test(event);
  }
}

export function repeatsText(
  event: NotificationEvent,
  repeats: Repeats,
  words: NotificationWords = ENGLISH_WORDS,
): string {
  return words.repeats(event, repeats);
}

/**
 * The title and lines of an outgoing notification in `words`' language (English unless the adapter
 * passes the UI language's words), with its repeats summarised on the last line.
 */
export function formatNotification(
  outgoing: OutgoingNotification,
  words: NotificationWords = ENGLISH_WORDS,
): PlainNotification {
  const text = eventText(outgoing.event, words);
  if (!outgoing.repeats) return text;
  return { title: text.title, lines: [...text.lines, repeatsText(outgoing.event, outgoing.repeats, words)] };
}

/** One string: title, then the body lines. */
export function plainText(notification: PlainNotification): string {
  return [notification.title, ...notification.lines].join('\n');
}
