import { browser } from 'wxt/browser';

/** The browser's UI language ('fr', 'en-US'), or 'en' when the platform cannot say. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
