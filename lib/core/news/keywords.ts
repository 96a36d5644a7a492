import { STOP_WORDS } from './stop-words';

/** What a market is about: single terms and multi-word proper names ("Donald Trump"). */
export interface MarketKeywords {
  terms: string[];
  phrases: string[];
}

const MAX_TERMS = 8;
/** GDELT rejects terms shorter than 3 characters, and they match too much anyway. */
const MIN_TERM_LENGTH = 3;

/** Lower-case word tokens, apostrophes and punctuation dropped ("Trump's" → "trump"). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** Crude singular form so "tariffs" matches "tariff" (never below 3 letters). */
export function stem(term: string): string {
  if (term.length > 4 && term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (term.length > 3 && term.endsWith('s') && !term.endsWith('ss')) return term.slice(0, -1);
  return term;
}

function isKeyword(token: string): boolean {
  return token.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(token) && !/^\d+$/.test(token);
}

/** Runs of two or more capitalised words in the original text, e.g. "Federal Reserve". */
function properPhrases(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\b(?:[A-Z][\p{L}.'-]+\s+){1,3}[A-Z][\p{L}.'-]+/gu)) {
    const words = tokenize(match[0]).filter((w) => !STOP_WORDS.has(w));
    if (words.length >= 2) out.push(words.join(' '));
  }
  return out;
}

/**
 * Keywords of a market from its question and its event title: stop-words, numbers and short tokens
 * removed, first appearance first, at most 8 terms.
 */
export function extractKeywords(question: string, eventTitle: string | null = null): MarketKeywords {
  const texts = [question, eventTitle ?? ''];
  const terms: string[] = [];
  for (const token of texts.flatMap(tokenize)) {
    if (isKeyword(token) && !terms.includes(token)) terms.push(token);
  }
  const phrases = [...new Set(texts.flatMap(properPhrases))];
  return { terms: terms.slice(0, MAX_TERMS), phrases };
}
