import type { Headline } from './headline';
import { type MarketKeywords, stem, tokenize } from './keywords';

export interface HeadlineMatch {
  headline: Headline;
  /** 0–1: phrase hit = 1, else the share of the market's terms found (capped by MIN_TERMS). */
  relevance: number;
}

/** Matching this many distinct terms counts as fully relevant. */
const FULL_TERMS = 3;
/** Below this relevance a headline is not about the market. */
export const MIN_RELEVANCE = 0.6;

/**
 * How much a headline is about a market. A proper-name phrase ("jerome powell") in the title is a
 * match on its own; otherwise at least two distinct terms must appear (one when the market has a
 * single term), since one shared word ("bitcoin") is rarely enough.
 */
export function headlineRelevance(title: string, keywords: MarketKeywords): number {
  const tokens = tokenize(title);
  const stems = new Set(tokens.map(stem));
  const text = ` ${tokens.join(' ')} `;
  if (keywords.phrases.some((p) => text.includes(` ${p} `))) return 1;
  const hits = keywords.terms.filter((t) => stems.has(stem(t))).length;
  const needed = Math.min(FULL_TERMS, Math.max(1, Math.min(2, keywords.terms.length)));
  if (hits < needed) return 0;
  return Math.min(1, hits / Math.min(FULL_TERMS, keywords.terms.length));
}

/** Headlines relevant to the market, most relevant first. */
export function matchHeadlines(
  headlines: readonly Headline[],
  keywords: MarketKeywords,
  minRelevance = MIN_RELEVANCE,
): HeadlineMatch[] {
  return headlines
    .map((headline) => ({ headline, relevance: headlineRelevance(headline.title, keywords) }))
    .filter((m) => m.relevance >= minRelevance)
    .sort((a, b) => b.relevance - a.relevance);
}
