import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { CrossVenueMatchView } from '../../../../lib/messaging/cross-venue-protocol';
import { localeMessages } from '../locale-messages';

/**
 * A component's HTML in English or French, its words read from locales/*.yml as the browser would
 * serve them (the build's message names: dots become underscores), numbers in the locale's format.
 */
export function renderIn(lang: 'en' | 'fr', element: ReactElement): string {
  const byName = new Map([...localeMessages(lang)].map(([k, v]) => [k.replaceAll('.', '_'), v]));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => byName.get(name) ?? '');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang === 'en' ? 'en-US' : 'fr-FR');
  return renderToStaticMarkup(element);
}

/** The text a reader sees: tags dropped, entities and narrow spaces made plain. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A match as the background sends it: a Fed question on both venues, no edge after fees. */
export function matchView(over: Partial<CrossVenueMatchView> = {}): CrossVenueMatchView {
  return {
    id: 'cond-fed|kalshi:KXFED-26DEC-T3.25',
    left: {
      venue: 'polymarket',
      marketId: 'cond-fed',
      question: 'Fed rate above 3.25% after December 2026 meeting?',
      url: 'https://polymarket.com/event/fed-december',
      endTime: 1_797_000_000_000,
      yesAsk: 520_000,
      noAsk: 490_000,
    },
    right: {
      venue: 'kalshi',
      marketId: 'kalshi:KXFED-26DEC-T3.25',
      question: 'Will the Fed funds rate be above 3.25% after the December 2026 meeting?',
      url: null,
      endTime: 1_797_000_000_000,
      yesAsk: 510_000,
      noAsk: 500_000,
    },
    confidence: 0.82,
    reasons: [
      { code: 'text_overlap', params: { percent: 74 } },
      { code: 'same_threshold', params: { value: '3.25%' } },
    ],
    orientation: 'same',
    verdict: 'auto',
    manual: false,
    gap: {
      direction: 'yesA_noB',
      stake: 100_000_000,
      contracts: 97_000_000,
      cost: 98_900_000,
      fees: 1_520_000,
      gap: -420_000,
      returnRatio: -0.0042,
    },
    checkedAt: Date.now(),
    ...over,
  };
}
