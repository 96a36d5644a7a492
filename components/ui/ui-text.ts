import { browser } from 'wxt/browser';
import { isAppError } from '../../lib/errors/app-error';
import { type CodedText, codedFromError } from '../../lib/messaging/coded-text';
import { renderCoded, renderCodedList } from './coded-text';
import { uiLocale } from './locale';
import { technicalReason } from './technical-reason';

/**
 * A message of the UI's locale that may not exist ('' when absent, without the warning `i18n.t`
 * prints): coded texts from the background, per-field labels only some locales have.
 */
export function optionalMessage(key: string): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string) => string | undefined;
    return getMessage(key.replaceAll('.', '_')) ?? '';
  } catch {
    return '';
  }
}

/** A background message in the UI's language when it came with a coded form, else its English. */
export function uiText(namespace: string, english: string, text: CodedText | null | undefined): string {
  return renderCoded(namespace, english, text, optionalMessage, uiLocale());
}

/** Coded sentences joined, or the whole English text when one of them has no translation. */
export function uiTextList(
  namespace: string,
  english: string,
  texts: readonly CodedText[] | null | undefined,
  separator = ' · ',
): string {
  return renderCodedList(namespace, english, texts, separator, optionalMessage, uiLocale());
}

/** Anything a request or an action threw, in the UI's language when its code has words. */
export function errorText(error: unknown): string {
  const english = error instanceof Error ? error.message : String(error);
  if (isAppError(error)) return uiText('errors', english, codedFromError(error));
  return technicalReason(english, optionalMessage, uiLocale()) ?? english;
}
