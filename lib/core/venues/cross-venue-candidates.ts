import {
  type CrossVenueMatch,
  confidenceCap,
  type MatchableMarket,
  type MatchFeatures,
  matchFeatures,
  scoreMatch,
} from './cross-venue-match';

/**
 * Which pairs of markets of two venues are worth scoring (cross-venue-match.ts), among thousands
 * on each side: scoring every pair of 5,000 × 2,000 markets is 10 million text comparisons, so the
 * pairs are pre-filtered cheaply first.
 *
 * - Close times: two markets whose close times are more than `windowMs` apart (a week by default)
 *   are different bets (the matcher caps them low anyway); markets without a close time stay in.
 * - Words: the two questions share at least one distinctive word (a name, a ticker, a topic).
 * - Caps: two markets naming different thresholds or different dates cannot reach `minConfidence`
 *   (the matcher caps them at 0.3): they are not scored.
 *
 * What the matcher reads of each market is computed once. The survivors are scored (at most
 * `perMarket` per left market, at or above `minConfidence`). Pure: markets in, proposals out.
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
  features: MatchFeatures;
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
  const minConfidence = options.minConfidence ?? 0.4;
  const index = (m: MatchableMarket): Indexed => ({
    market: m,
    words: questionWords(m.question),
    features: matchFeatures(m),
  });
  const timed = right
    .filter((m) => m.endTime !== null)
    .map(index)
    .sort((a, b) => (a.market.endTime ?? 0) - (b.market.endTime ?? 0));
  const untimed = right.filter((m) => m.endTime === null).map(index);
  const out: CrossVenueMatch[] = [];
  for (const market of left) {
    const words = questionWords(market.question);
    if (words.size === 0) continue;
    const features = matchFeatures(market);
    const found: CrossVenueMatch[] = [];
    const consider = (c: Indexed) => {
      if (c.market.venue === market.venue || !shares(words, c.words)) return;
      if (confidenceCap(features, c.features) < minConfidence) return;
      const match = scoreMatch(features, c.features);
      if (match.confidence >= minConfidence) found.push(match);
    };
    if (market.endTime === null) timed.forEach(consider);
    else {
      const end = market.endTime + windowMs;
      for (let i = lowerBound(timed, market.endTime - windowMs); i < timed.length; i++) {
        const c = timed[i];
        if (!c || (c.market.endTime ?? 0) > end) break;
        consider(c);
      }
    }
    untimed.forEach(consider);
    found.sort((a, b) => b.confidence - a.confidence);
    out.push(...found.slice(0, options.perMarket ?? 3));
  }
  return out;
}
