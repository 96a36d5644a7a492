import { TickMarkType, type Time } from 'lightweight-charts';

/** A chart time (unix seconds, as we feed the charts) as epoch milliseconds. */
function millis(time: Time): number {
  return typeof time === 'number'
    ? time * 1000
    : Date.parse(typeof time === 'string' ? time : `${time.year}-${time.month}-${time.day}`);
}

/**
 * Time-axis labels in the browser's local time zone, like every table beside the charts
 * (lightweight-charts labels in UTC by default).
 */
export function localTickMark(time: Time, type: TickMarkType, locale: string): string {
  const at = new Date(millis(time));
  switch (type) {
    case TickMarkType.Year:
      return at.toLocaleDateString(locale, { year: 'numeric' });
    case TickMarkType.Month:
      return at.toLocaleDateString(locale, { month: 'short' });
    case TickMarkType.DayOfMonth:
      return at.toLocaleDateString(locale, { day: 'numeric', month: 'short' });
    case TickMarkType.TimeWithSeconds:
      return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    default:
      return at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  }
}

/** The crosshair's time label, in local time. */
export function localTimeLabel(time: Time, locale: string): string {
  return new Date(millis(time)).toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
