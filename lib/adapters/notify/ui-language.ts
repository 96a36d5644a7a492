import { browser } from 'wxt/browser';

function attempt(read: () => string | undefined): string {
  try {
    return read() ?? '';
  } catch {
    return '';
  }
}

/**
 * The language the extension speaks to the user ('fr', 'en-US'): first the language of the message
 * bundle the browser picked for the UI (`meta.language`), so notifications always match the pages'
 * words — a headless worker can report another getUILanguage() than the bundle it serves — then
 * browser.i18n.getUILanguage(), then 'en'.
 */
export function browserUiLanguage(): string {
  const getMessage = browser.i18n.getMessage as (name: string) => string | undefined;
  return attempt(() => getMessage('meta_language')) || attempt(() => browser.i18n.getUILanguage()) || 'en';
}
