import type { Page } from '@playwright/test';
import type { ContentScriptWorld } from './overlay-probe';

/**
 * English and developer text that leaked into the French UI before (issue 21, item 6), and the kinds
 * of text that must never show: each pattern names what it catches. Brand and product names
 * (Polymarket, pUSD, USDC, POL, Telegram, GDELT, RSS, CLOB, API, EOA, Safe, webhook, backtest…)
 * are not in the list; data is removed before the check (see `findLeaks`).
 */
/** Whole words (letters with accents count as letters), case-insensitive unless `cased`. */
const words = (list: string, cased = false) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])(${list})(?![\\p{L}\\p{N}_])`, cased ? 'u' : 'iu');

export const KNOWN_LEAKS: readonly [RegExp, string][] = [
  [/Failed to fetch|fetch failed|NetworkError|Load failed/i, 'a browser network error'],
  [/HTTP request failed/i, "viem's network error"],
  [/no answer within/i, "the doctor's English time-out"],
  [words('balance'), 'English "balance" (French: solde)'],
  [words('approvals?'), 'English "approval" (French: autorisation)'],
  [/must be/i, 'an English validation message'],
  [words('Invalid', true), 'an English validation message'],
  [words('requests?'), 'English "request" (a request error)'],
  [/\b[a-z]+\.[a-z]+[A-Z]\w*/, 'a message type or key ("telegram.setToken")'],
  [/\{[A-Za-z0-9_]+\}/, 'an unfilled placeholder'],
  [words('undefined|NaN|null', true), 'developer text'],
  [/\[object Object\]/, 'developer text'],
  [
    /(?<![\d\s\u00a0\u202f,.])[01][\s\u00a0\u202f]+(positions|marchés|transactions|baleines|achats|ordres|événements|notes|titres|lignes|reconnexions|stratégies|côtés|parts|jeux|entrées|autorisations)(?![\p{L}])/u,
    'a plural noun after 0 or 1 (French: singular)',
  ],
  [/\(s\)/, 'a "(s)" plural'],
  [words('Yes|No|YES|NO', true), 'English side names (the rule: OUI / NON)'],
  [words('PAPER|LIVE', true), 'the English mode badge (PAPIER / RÉEL)'],
  [/(?<![\p{L}])(Oui|Non) \d/u, 'Oui / Non as a side name (the rule: OUI / NON in capitals)'],
  [
    words(
      'the|and|with|from|your|could|cannot|failed|error|errors|unknown|loading|please|between|should|wallet|checks?|settings|dashboard|is|are|was|not|of|to|in|at|by|for',
    ),
    'an English word',
  ],
];

/** Everything a person can read on the page: text (open shadow roots included) and labels/titles. */
export async function collectText(page: Page, rootSelector?: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
        for (const name of attributes) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
        for (const node of Array.from(el.childNodes)) {
          if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) out.push(node.textContent.trim());
        }
      }
    };
    const root = selector ? document.querySelector(selector) : document;
    if (!root) throw new Error(`no ${selector} on the page`);
    walk(root);
    return out;
  }, rootSelector);
}

/**
 * The same for the overlay, whose shadow root is closed: read from the content script's world
 * (overlay-probe.ts), where chrome.dom.openOrClosedShadowRoot opens it.
 */
export function collectOverlayText(world: ContentScriptWorld): Promise<string[]> {
  return world.evaluate<string[]>(`(() => {
    const out = [];
    const attributes = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
    const host = document.querySelector('equilibrage-overlay');
    const root = host && chrome.dom.openOrClosedShadowRoot(host);
    if (!root) throw new Error('no overlay on the page');
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
      for (const name of attributes) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
      for (const node of Array.from(el.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) out.push(node.textContent.trim());
      }
    }
    return out;
  })()`);
}

/**
 * The leaks in these texts, once the data is taken out: market names and questions (English on
 * Polymarket), whale names, wallet addresses and URLs typed by the user are data, not UI words.
 */
export function findLeaks(texts: readonly string[], data: readonly string[]): string[] {
  const sorted = [...data].filter((d) => d.length > 2).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const raw of texts) {
    let text = raw;
    for (const d of sorted) text = text.split(d).join(' ');
    text = text.replace(/\b0x[0-9a-fA-F]{4,}…?[0-9a-fA-F]*\b/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    for (const [pattern, what] of KNOWN_LEAKS) {
      const match = pattern.exec(text);
      if (match) found.add(`${what}: "${match[0]}" in "${raw.slice(0, 160)}"`);
    }
  }
  return [...found];
}

/** The data strings of seeded rows and of the fake's markets (names, questions, titles). */
export function dataStrings(...sources: unknown[]): string[] {
  const keys = new Set(['marketName', 'question', 'title', 'name', 'eventTitle', 'slug', 'label']);
  const out = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key && keys.has(key) && !/^(yes|no)$/i.test(value)) out.add(value);
    } else if (Array.isArray(value)) for (const v of value) visit(v, key);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  for (const source of sources) visit(source);
  return [...out];
}
