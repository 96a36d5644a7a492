import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { localeMessages } from './locale-messages';

/**
 * Renders a view to HTML with the words of locales/<lang>.yml, as the browser would look them up
 * (`browser.i18n.getMessage` with the dotted key's dots turned to underscores), numbers in its format.
 */
export function renderInLocale(lang: 'en' | 'fr', view: ReactNode): string {
  const byName = new Map<string, string>();
  for (const [key, text] of localeMessages(lang)) byName.set(key.replaceAll('.', '_'), text);
  const messages = vi
    .spyOn(browser.i18n, 'getMessage')
    .mockImplementation((name: string) => byName.get(name) ?? '');
  const language = vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(lang === 'fr' ? 'fr-FR' : 'en-US');
  try {
    return renderToStaticMarkup(view);
  } finally {
    messages.mockRestore();
    language.mockRestore();
  }
}

/** The visible text of rendered HTML: tags dropped, entities of the renderer decoded, spaces folded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('\u202f', ' ')
    .replaceAll('\u00a0', ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
