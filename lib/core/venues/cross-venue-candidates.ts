import { bestMatches, type CrossVenueMatch, type MatchableMarket } from './cross-venue-match';

/**
 * Which pairs of markets of two venues are worth scoring (cross-venue-match.ts), among thousands
 * on each side: scoring every pair of 5,000 × 2,000 markets is 10 million text comparisons, so the
 * pairs are pre-filtered cheaply first.
 *
 * - Close times: two markets whose close times are more than `windowMs` apart (a week by default)
 *   are different bets (the matcher caps them low anyway); markets without a close time stay in.
 * - Words: the two questions share at least one distinctive word (a name, a ticker, a topic).
 *
 * The survivors are scored by `bestMatches` (at most `perMarket` per left market, at or above
 * `minConfidence`). Pure: markets in, proposals out.
 */
export interface ProposeOptions {
  windowMs?: number;
  minConfidence?: number;
  perMarket?: number;
}

const WEEK_MS = 7 * 86_400_000;
const COMMON = new Set(
  'will the and for with from than that this what which who how are was were been be its their there before after above below over under more less least most price market markets yes no win wins reach hit end close closes resolve resolves between during january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** The distinctive words of a question (lower case, three letters or more, common words left out). */
export function questionWords(question: string): Set<string> {
  const words = question.toLowerCase().match(/[a-z][a-z]{2,}/g) ?? [];
  return new Set(words.filter((w) => !COMMON.has(w)));
}

interface Indexed {
  market: MatchableMarket;
  words: Set<string>;
}

/** First index whose end time is ≥ `from` (markets sorted by end time). */
function lowerBound(sorted: readonly Indexed[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid]?.market.endTime ?? 0) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

const shares = (a: Set<string>, b: Set<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) return true;
  return false;
};

/** Proposed pairs of `left` × `right` markets, each left market's best first. */
export function proposePairs(
  left: readonly MatchableMarket[],
  right: readonly MatchableMarket[],
  options: ProposeOptions = {},
): CrossVenueMatch[] {
  const windowMs = options.windowMs ?? WEEK_MS;
  const index = (m: MatchableMarket): Indexed => ({ market: m, words: questionWords(m.question) });
  const timed = right
    .filter((m) => m.endTime !== null)
    .map(index)
    .sort((a, b) => (a.market.endTime ?? 0) - (b.market.endTime ?? 0));
  const untimed = right.filter((m) => m.endTime === null).map(index);
  const out: CrossVenueMatch[] = [];
  for (const market of left) {
    const words = questionWords(market.question);
    if (words.size === 0) continue;
    const candidates: MatchableMarket[] = [];
    const keep = (c: Indexed) => {
      if (shares(words, c.words)) candidates.push(c.market);
    };
    if (market.endTime === null) timed.forEach(keep);
    else {
      const end = market.endTime + windowMs;
      for (let i = lowerBound(timed, market.endTime - windowMs); i < timed.length; i++) {
        const c = timed[i];
        if (!c || (c.market.endTime ?? 0) > end) break;
        keep(c);
      }
    }
    untimed.forEach(keep);
    if (candidates.length === 0) continue;
    out.push(
      ...bestMatches(market, candidates, {
        limit: options.perMarket ?? 3,
        minConfidence: options.minConfidence ?? 0.4,
      }),
    );
  }
  return out;
}
