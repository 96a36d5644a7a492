import { formatCents, formatUsd } from '../model/display';
import type { Micros } from '../model/money';
import { formatDuration } from './format-duration';
import type { NotificationEvent } from './notification-event';
import type { OutgoingNotification, Repeats } from './notify-throttle';

/** A notification as plain text: a short title and a body of a few lines. */
export interface PlainNotification {
  title: string;
  /** Body lines, joined with "\n" by `plainText`. */
  lines: string[];
}

const SIDE = { yes: 'YES', no: 'NO' } as const;

function signedUsd(micros: Micros): string {
  return micros > 0 ? `+${formatUsd(micros)}` : formatUsd(micros);
}

function humanReason(reason: string): string {
  return reason.replace(/_/g, ' ');
}

/** "YES 50¢ + NO 51¢" for a balanced entry, "YES 67¢ only" for a single-side one (a 0 price: not bought). */
function boughtLegs(event: { priceYes: number; priceNo: number }): string {
  const legs = [
    event.priceYes > 0 ? `YES ${formatCents(event.priceYes)}` : '',
    event.priceNo > 0 ? `NO ${formatCents(event.priceNo)}` : '',
  ].filter((l) => l !== '');
  return legs.length === 1 ? `${legs[0]} only` : legs.join(' + ');
}

function eventText(event: NotificationEvent): PlainNotification {
  switch (event.type) {
    case 'entry':
      return {
        title: 'Position opened',
        lines: [event.marketName, `${boughtLegs(event)}, cost ${formatUsd(event.cost)} · ${event.mode}`],
      };
    case 'liquidation':
      return {
        title: 'Leg liquidated',
        lines: [
          event.marketName,
          `Sold ${SIDE[event.side]} at ${formatCents(event.price)} for ${formatUsd(event.proceeds)}, P&L ${signedUsd(event.pnl)} · ${event.mode}`,
        ],
      };
    case 'close':
      return {
        title: 'Position closed',
        lines: [
          event.marketName,
          `${humanReason(event.reason)}, P&L ${signedUsd(event.pnl)} · ${event.mode}`,
        ],
      };
    case 'error':
      return {
        title: `Error in ${event.scope}`,
        lines: [`${event.message} (${event.code})${event.mode ? ` · ${event.mode}` : ''}`],
      };
    case 'daily_loss_breaker':
      return {
        title: 'Daily loss limit reached',
        lines: [
          `Loss today ${formatUsd(event.loss)}, limit ${formatUsd(event.limit)}. New entries are paused until tomorrow · ${event.mode}`,
        ],
      };
    case 'test':
      return {
        title: 'Test notification',
        lines: [`Polymarket Equilibrage can reach you on ${event.channel}.`],
      };
  }
}

export function repeatsText(event: NotificationEvent, repeats: Repeats): string {
  const noun = event.type === 'error' ? 'error' : 'notification';
  const plural = repeats.count === 1 ? noun : `${noun}s`;
  return `(and ${repeats.count} more ${plural} in the last ${formatDuration(repeats.sinceMs)})`;
}

/** The title and lines of an outgoing notification, with its repeats summarised on the last line. */
export function formatNotification(outgoing: OutgoingNotification): PlainNotification {
  const text = eventText(outgoing.event);
  if (!outgoing.repeats) return text;
  return { title: text.title, lines: [...text.lines, repeatsText(outgoing.event, outgoing.repeats)] };
}

/** One string: title, then the body lines. */
export function plainText(notification: PlainNotification): string {
  return [notification.title, ...notification.lines].join('\n');
}
