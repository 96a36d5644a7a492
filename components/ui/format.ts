import { fromMicros, type Micros } from '../../lib/core/model/money';
import { uiLocale } from './locale';

/**
 * Display formats the way Polymarket traders read them ("52¢", "$1,204.50", "+$12.40", "−3.1 %"),
 * with digits and separators of the UI language (French: "52,5¢", "1 204,50 $").
 */
export function formatCents(price: Micros | null | undefined, locale = uiLocale()): string {
  if (price === null || price === undefined) return '—';
  const cents = fromMicros(price) * 100;
  const digits = Number.isInteger(Math.round(cents * 10) / 10) ? 0 : 1;
  return `${cents.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 1 })}¢`;
}

export function formatUsd(amount: Micros, locale = uiLocale()): string {
  return fromMicros(amount).toLocaleString(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
  });
}

/** Large amounts shortened: "$1.2M", "$45K". */
export function formatUsdCompact(amount: Micros, locale = uiLocale()): string {
  return fromMicros(amount).toLocaleString(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
}

export function formatSignedUsd(amount: Micros, locale = uiLocale()): string {
  const text = formatUsd(Math.abs(amount), locale);
  if (amount > 0) return `+${text}`;
  if (amount < 0) return `−${text}`;
  return text;
}

export function formatPercent(ratio: number, locale = uiLocale(), signed = false): string {
  const text = Math.abs(ratio * 100).toLocaleString(locale, { maximumFractionDigits: 1 });
  const sign = ratio > 0 && signed ? '+' : ratio < 0 ? '−' : '';
  return `${sign}${text} %`;
}

export function formatNumber(value: number, locale = uiLocale(), maxDigits = 2): string {
  return value.toLocaleString(locale, { maximumFractionDigits: maxDigits });
}

/** Shares (micros) with at most two decimals: "12.5". */
export function formatShares(shares: Micros, locale = uiLocale()): string {
  return formatNumber(fromMicros(shares), locale, 2);
}

export function formatDate(at: number, locale = uiLocale()): string {
  return new Date(at).toLocaleDateString(locale, { dateStyle: 'medium' });
}

export function formatDateTime(at: number, locale = uiLocale()): string {
  return new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "just now", "3 min ago", "2 h ago", or a date. */
export function formatAgo(at: number, now: number, locale = uiLocale()): string {
  const seconds = Math.round((now - at) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  if (seconds < 45) return rtf.format(0, 'second');
  if (seconds < 3600) return rtf.format(-Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return rtf.format(-Math.round(seconds / 3600), 'hour');
  return new Date(at).toLocaleDateString(locale);
}

/** Signed colour class: green gain, red loss, neutral otherwise. */
export function pnlClass(value: number): string {
  if (value > 0) return 'text-gain';
  if (value < 0) return 'text-loss';
  return 'text-slate-700';
}
