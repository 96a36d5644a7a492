import type {
  CloseEvent,
  DailyLossBreakerEvent,
  EntryEvent,
  ErrorEvent,
  LiquidationEvent,
  LiveStoppedEvent,
  NotificationEvent,
  TestEvent,
} from './notification-event';
import type { Repeats } from './notify-throttle';

/** A notification as plain text: a short title and a body of a few lines. */
export interface PlainNotification {
  title: string;
  /** Body lines, joined with "\n" by `plainText`. */
  lines: string[];
}

/**
 * The wording of one language: each event's title and lines, with numbers, money and spans in that
 * language's format. The formatter picks none itself: the adapter passes the words of the browser's
 * UI language (notificationWordsFor), so lib/core never asks the platform.
 */
export interface NotificationWords {
  /** BCP 47 tag of the language ('en', 'fr'). */
  readonly language: string;
  entry(event: EntryEvent): PlainNotification;
  liquidation(event: LiquidationEvent): PlainNotification;
  close(event: CloseEvent): PlainNotification;
  error(event: ErrorEvent): PlainNotification;
  dailyLossBreaker(event: DailyLossBreakerEvent): PlainNotification;
  liveStopped(event: LiveStoppedEvent): PlainNotification;
  test(event: TestEvent): PlainNotification;
  /** The last line of a summary: how many more messages of that key were held back, over what span. */
  repeats(event: NotificationEvent, repeats: Repeats): string;
}
