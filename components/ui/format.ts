import { fromMicros, type Micros } from '../../lib/core/model/money';

/** Display formats the way Polymarket traders read them: "52¢", "$1,204.50", "+$12.40", "−3.1 %". */
export function formatCents(price: Micros | null | undefined, locale = 'en-US'): string {
  if (price === null || price === undefined) return '—';
  const cents = fromMicros(price) * 100;
  const digits = Number.isInteger(Math.round(cents * 10) / 10) ? 0 : 1;
  return `${cents.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 1 })}¢`;
}

export function formatUsd(amount: Micros, locale = 'en-US'): string {
  return fromMicros(amount).toLocaleString(locale, { style: 'currency', currency: 'USD' });
}

export function formatSignedUsd(amount: Micros, locale = 'en-US'): string {
  const text = formatUsd(Math.abs(amount), locale);
  if (amount > 0) return `+${text}`;
  if (amount < 0) return `−${text}`;
  return text;
}

export function formatPercent(ratio: number, locale = 'en-US', signed = false): string {
  const text = Math.abs(ratio * 100).toLocaleString(locale, { maximumFractionDigits: 1 });
  const sign = ratio > 0 && signed ? '+' : ratio < 0 ? '−' : '';
  return `${sign}${text} %`;
}

/** "just now", "3 min ago", "2 h ago", or a date. */
export function formatAgo(at: number, now: number, locale = 'en-US'): string {
  const seconds = Math.round((now - at) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 45) return rtf.format(0, 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return new Date(at).toLocaleDateString(locale);
}
