import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserUiLanguage } from '../../../lib/adapters/notify/ui-language';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the UI language notifications are worded in', () => {
  it('is the language of the message bundle the browser serves', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) =>
      name === 'meta_language' ? 'fr' : '',
    );
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect(browserUiLanguage()).toBe('fr');
  });

  it('falls back to getUILanguage, then to English', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('fr-CA');
    expect(browserUiLanguage()).toBe('fr-CA');
    vi.restoreAllMocks();
    // The fake browser implements neither: both throw.
    expect(browserUiLanguage()).toBe('en');
  });
});
