import type { PlainNotification } from './format-notification';

/** Telegram's limit on one message's text. */
export const TELEGRAM_MAX_LENGTH = 4096;

/** HTML parse mode: outside tags only `<`, `>` and `&` need escaping. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Bold title, then the escaped body lines. */
export function toTelegramHtml(notification: PlainNotification): string {
  return [`<b>${escapeHtml(notification.title)}</b>`, ...notification.lines.map(escapeHtml)].join('\n');
}

/**
 * Splits text into parts of at most `max` characters, at line breaks when it can, never inside an
 * HTML entity (`&amp;`) or tag. Raw length bounds the parsed length, so each part fits Telegram.
 */
export function splitMessage(text: string, max: number = TELEGRAM_MAX_LENGTH): string[] {
  if (max < 16) throw new RangeError('max must be at least 16');
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    parts.push(rest.slice(0, cut).replace(/\n+$/, ''));
    rest = rest.slice(cut).replace(/^\n+/, '');
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts;
}

function cutPoint(text: string, max: number): number {
  const newline = text.lastIndexOf('\n', max);
  if (newline > max / 2) return newline + 1;
  // Back off when the cut would land inside "&…;" or "<…>".
  const head = text.slice(0, max);
  const amp = head.lastIndexOf('&');
  if (amp > head.lastIndexOf(';') && amp > 0) return amp;
  const lt = head.lastIndexOf('<');
  if (lt > head.lastIndexOf('>') && lt > 0) return lt;
  return max;
}
