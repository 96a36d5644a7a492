import { browser } from 'wxt/browser';

/** The browser's UI language ("en-US", "fr"): the language of the messages and of every number. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en-US';
  } catch {
    return 'en-US';
  }
}
