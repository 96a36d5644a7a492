import type { CodedParams, CodedText } from '../../lib/messaging/coded-text';
import { formatCents, formatNumber, formatPercent, formatShares, formatUsd } from './format';
import { pluralForm } from './plural-form';
import { technicalReason } from './technical-reason';

/** A message of the current locale by its dotted key, or '' when there is none. */
export type MessageLookup = (key: string) => string;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
const CODE = /^[A-Za-z0-9_]+$/;

/** String params that are words of their own namespace (the value is the key inside it). */
const WORD_PARAMS: Readonly<Record<string, string>> = {
  side: 'outcomeSides',
  closeReason: 'history.closeReasons',
};

/** One param in the UI's locale: money, prices, ratios and shares by their name's ending. */
export function formatParam(name: string, value: string | number, lookup: MessageLookup, locale: string) {
  if (typeof value === 'string') {
    if (name === 'reason' || name === 'error') return technicalReason(value, lookup, locale) ?? value;
    const namespace = WORD_PARAMS[name];
    return namespace && CODE.test(value) ? lookup(`${namespace}.${value}`) || value : value;
  }
  if (name.endsWith('Usd')) return formatUsd(value, locale);
  if (name.endsWith('Price')) return formatCents(value, locale);
  if (name.endsWith('Ratio')) return formatPercent(value, locale);
  if (name.endsWith('Move')) return formatPercent(value, locale, true);
  if (name.endsWith('Shares')) return formatShares(value, locale);
  return formatNumber(value, locale);
}

/** `template` with every `{name}` filled, or null when a param it names is missing. */
function fill(template: string, params: Readonly<Record<string, string>>): string | null {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (match, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return value ?? match;
  });
  return missing ? null : text;
}

/**
 * A coded text in the UI's language, or null when this locale has no message for its code or the
 * message names a param the text does not carry (an older or different producer). A `cause` fills
 * the `reason` param in words of namespace `errors` when it can; else the English reason stays.
 * A plural message (a YAML `1:` / `n:` map) takes the form for its number param `count`.
 */
export function translateCoded(
  namespace: string,
  text: Pick<CodedText, 'code' | 'params' | 'cause'> | null | undefined,
  lookup: MessageLookup,
  locale: string,
): string | null {
  if (!text || !CODE.test(text.code)) return null;
  const message = lookup(`${namespace}.${text.code}`);
  if (!message) return null;
  const count = text.params.count;
  const template = typeof count === 'number' ? pluralForm(message, count) : message;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(text.params as CodedParams)) {
    params[name] = formatParam(name, value, lookup, locale);
  }
  if (text.cause) {
    const reason = translateCoded('errors', text.cause, lookup, locale);
    if (reason !== null) params.reason = reason;
  }
  return fill(template, params);
}

/** The coded text in the UI's language, else its English: never a raw code. */
export function renderCoded(
  namespace: string,
  english: string,
  text: CodedText | null | undefined,
  lookup: MessageLookup,
  locale: string,
): string {
  return (
    translateCoded(namespace, text, lookup, locale) ?? technicalReason(english, lookup, locale) ?? english
  );
}

/**
 * Several coded sentences joined (a pass's degradations, a summary), or the English text when any
 * of them has no translation: one language per line, never a mix.
 */
export function renderCodedList(
  namespace: string,
  english: string,
  texts: readonly CodedText[] | null | undefined,
  separator: string,
  lookup: MessageLookup,
  locale: string,
): string {
  if (!texts || texts.length === 0) return technicalReason(english, lookup, locale) ?? english;
  const parts = texts.map((t) => translateCoded(namespace, t, lookup, locale));
  return parts.every((p): p is string => p !== null) ? parts.join(separator) : english;
}
