import type { MarketKeywords } from './keywords';

/** GDELT ORs at most this many terms per query before it gets slow or rejects the query. */
export const TERMS_PER_QUERY = 12;

/** The most specific search term of a market: a proper-name phrase, else its longest term. */
export function searchTerm(keywords: MarketKeywords): string | null {
  const phrase = keywords.phrases[0];
  if (phrase) return `"${phrase}"`;
  const longest = [...keywords.terms].sort((a, b) => b.length - a.length)[0];
  return longest ?? null;
}

/**
 * Few, wide queries instead of one per market (GDELT allows one request every 5 s): each query ORs
 * up to TERMS_PER_QUERY markets' search terms, parenthesised as GDELT requires. Headlines are then
 * matched to markets locally. At most `maxQueries` queries, the first markets first.
 */
export function buildNewsQueries(markets: readonly MarketKeywords[], maxQueries: number): string[] {
  const terms: string[] = [];
  for (const keywords of markets) {
    const term = searchTerm(keywords);
    if (term && !terms.includes(term)) terms.push(term);
  }
  const queries: string[] = [];
  for (let i = 0; i < terms.length && queries.length < maxQueries; i += TERMS_PER_QUERY) {
    const group = terms.slice(i, i + TERMS_PER_QUERY);
    queries.push(group.length === 1 ? (group[0] as string) : `(${group.join(' OR ')})`);
  }
  return queries;
}
