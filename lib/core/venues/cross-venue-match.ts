/**
 * Is a Kalshi market the same bet as a Polymarket market? Pure scoring from what both venues
 * publish: the question and resolution text, the dates, the thresholds and the outcome wording.
 * The answer carries a confidence in [0, 1] and coded reasons (worded in locales/*.yml under
 * `crossVenue.reasons`) so the user sees why, and can overrule it.
 *
 * - Text: share of content words in common (question + resolution rules), stop words dropped.
 * - Thresholds: the numbers the questions name ("above 3.25%", "$120k"). Different numbers are a
 *   different bet whatever the text: confidence capped low.
 * - Dates: dates named in the text ("May 19, 2026") and the close times. Different named dates, or
 *   close times more than a week apart, cap confidence low; within a day adds to it.
 * - Outcome wording: "above"/"below" (and synonyms) on opposite sides means YES on one venue is NO
 *   on the other: `orientation: 'inverted'`, which the price gap must respect.
 */
export type MatchVenue = 'polymarket' | 'kalshi';

export interface MatchableMarket {
  venue: MatchVenue;
  id: string;
  question: string;
  /** Resolution criteria (Kalshi `rules_primary`, Polymarket's description); may be empty. */
  rules: string;
  /** Close / end time, epoch ms. */
  endTime: number | null;
}

export type MatchReason =
  | { code: 'text_overlap'; params: { percent: number } }
  | { code: 'same_threshold'; params: { value: string } }
  | { code: 'different_threshold'; params: { left: string; right: string } }
  | { code: 'same_date'; params: { date: string } }
  | { code: 'different_date'; params: { left: string; right: string } }
  | { code: 'close_times_near'; params: { hours: number } }
  | { code: 'close_times_apart'; params: { days: number } }
  | { code: 'inverted_outcomes'; params: { left: string; right: string } };

export interface CrossVenueMatch {
  left: MatchableMarket;
  right: MatchableMarket;
  /** 0–1; ≥ 0.7 is shown as a likely match, < 0.4 as unlikely. */
  confidence: number;
  /** 'inverted': YES on the left is NO on the right. */
  orientation: 'same' | 'inverted';
  reasons: MatchReason[];
}

const STOP_WORDS = new Set(
  'a an the will be is are of in on at by to for or and if then this that it its with from as than market resolves resolve yes no before after between what which who how'.split(
    ' ',
  ),
);
const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);
const UP_WORDS = ['above', 'over', 'more than', 'at least', 'higher than', 'exceed', 'greater than'];
const DOWN_WORDS = ['below', 'under', 'less than', 'at most', 'lower than', 'fewer than'];
const DAY_MS = 86_400_000;
/** Outcome wording is weighed on its own (orientation), not as shared text: "above" meets "below". */
const DIRECTION_WORDS = new Set([...UP_WORDS, ...DOWN_WORDS].filter((w) => !w.includes(' ')));

function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9.%$ ]+/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[.$]+|[.]+$/g, ''))
    .filter(
      (w) =>
        w.length > 1 && !STOP_WORDS.has(w) && !DIRECTION_WORDS.has(w) && !DATE_WORDS.has(w) && !/^\d/.test(w),
    );
  return new Set(words);
}

/** Numbers that read as thresholds: "3.25%", "$120k", "120,000", "4.5" — not years or day numbers. */
export function thresholds(text: string): string[] {
  const found = new Set<string>();
  const pattern = /(#?)\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|%|percent|bps)?/gi;
  const withoutDates = text.replace(DATE_PATTERN, ' ').replace(ISO_DATE, ' ');
  for (const match of withoutDates.matchAll(pattern)) {
    if (match[1] === '#') continue; // "#12", "game #3": a label or a rank, not a threshold
    const raw = (match[2] ?? '').replace(/,/g, '');
    const unit = (match[3] ?? '').toLowerCase();
    let value = Number(raw);
    if (!Number.isFinite(value)) continue;
    if (unit === 'k') value *= 1_000;
    if (unit === 'm') value *= 1_000_000;
    const isYear = !unit && Number.isInteger(value) && value >= 1900 && value <= 2100;
    if (isYear) continue;
    found.add(unit === '%' || unit === 'percent' ? `${value}%` : String(value));
  }
  return [...found].sort();
}

/** Month names in full, then Kalshi's abbreviations ("Jun 15, 2026", "Sept. 3"). */
const MONTH_WORDS = [...MONTHS, 'sept', ...MONTHS.map((m) => m.slice(0, 3))];
/** Dates are weighed on their own (named dates, close times), not as shared words. */
const DATE_WORDS = new Set(MONTH_WORDS);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Compiled once; `replace` and `matchAll` never share its position (matchAll works on a copy). */
const DATE_PATTERN = new RegExp(
  `\\b(${MONTH_WORDS.join('|')})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);

const monthNumber = (word: string): number => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase())) + 1;
const pad = (n: number | string) => String(n).padStart(2, '0');

/** Dates named in a text ("May 19, 2026", "Jun 15", "2026-06-15"), as "YYYY-MM-DD" (or "MM-DD" without a year). */
export function namedDates(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(DATE_PATTERN)) {
    const mmdd = `${pad(monthNumber(match[1] ?? ''))}-${pad(Number(match[2]))}`;
    found.add(match[3] ? `${match[3]}-${mmdd}` : mmdd);
  }
  for (const match of text.matchAll(ISO_DATE)) found.add(`${match[1]}-${match[2]}-${match[3]}`);
  return [...found].sort();
}

function direction(text: string): 'up' | 'down' | null {
  const lower = ` ${text.toLowerCase()} `;
  const up = UP_WORDS.find((w) => lower.includes(` ${w} `));
  const down = DOWN_WORDS.find((w) => lower.includes(` ${w} `));
  if (up && !down) return 'up';
  if (down && !up) return 'down';
  return null;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Drops the year of full dates when only one side names years, so "May 19" meets "May 19, 2026". */
function comparableDates(a: string[], b: string[]): [string[], string[]] {
  const yearless = (d: string) => d.slice(-5);
  if (a.every((d) => d.length === 10) && b.every((d) => d.length === 10)) return [a, b];
  return [[...new Set(a.map(yearless))].sort(), [...new Set(b.map(yearless))].sort()];
}

/** What the matcher reads of a market, computed once (a scan compares each market with many). */
export interface MatchFeatures {
  market: MatchableMarket;
  words: Set<string>;
  thresholds: string[];
  dates: string[];
  direction: 'up' | 'down' | null;
}

export function matchFeatures(market: MatchableMarket): MatchFeatures {
  const text = `${market.question} ${market.rules}`;
  return {
    market,
    words: contentWords(text),
    thresholds: thresholds(market.question),
    dates: namedDates(text),
    direction: direction(market.question),
  };
}

/** The highest confidence the two can reach whatever their wording: 0.3 when a threshold, a date or the close times differ. */
export function confidenceCap(a: MatchFeatures, b: MatchFeatures): number {
  if (a.thresholds.length > 0 && b.thresholds.length > 0 && !sameList(a.thresholds, b.thresholds)) return 0.3;
  const [ld, rd] = comparableDates(a.dates, b.dates);
  if (ld.length > 0 && rd.length > 0 && !ld.some((d) => rd.includes(d))) return 0.3;
  const [la, ra] = [a.market.endTime, b.market.endTime];
  if (la !== null && ra !== null && Math.abs(la - ra) > 7 * DAY_MS) return 0.3;
  return 1;
}

export function matchMarkets(left: MatchableMarket, right: MatchableMarket): CrossVenueMatch {
  return scoreMatch(matchFeatures(left), matchFeatures(right));
}

export function scoreMatch(lf: MatchFeatures, rf: MatchFeatures): CrossVenueMatch {
  const [left, right] = [lf.market, rf.market];
  const reasons: MatchReason[] = [];
  const [leftWords, rightWords] = [lf.words, rf.words];
  let common = 0;
  for (const w of leftWords) if (rightWords.has(w)) common++;
  const union = leftWords.size + rightWords.size - common;
  const smaller = Math.min(leftWords.size, rightWords.size);
  // Overlap against the shorter text (one venue's rules are often much longer), tempered by Jaccard.
  const text = union === 0 ? 0 : 0.7 * (smaller === 0 ? 0 : common / smaller) + 0.3 * (common / union);
  reasons.push({ code: 'text_overlap', params: { percent: Math.round(text * 100) } });

  let cap = 1;
  let bonus = 0;
  const [lt, rt] = [lf.thresholds, rf.thresholds];
  if (lt.length > 0 && rt.length > 0) {
    if (sameList(lt, rt)) {
      bonus += 0.15;
      reasons.push({ code: 'same_threshold', params: { value: lt.join(', ') } });
    } else {
      cap = Math.min(cap, 0.3);
      reasons.push({ code: 'different_threshold', params: { left: lt.join(', '), right: rt.join(', ') } });
    }
  }
  const [ld, rd] = comparableDates(lf.dates, rf.dates);
  if (ld.length > 0 && rd.length > 0) {
    if (ld.some((d) => rd.includes(d))) {
      bonus += 0.1;
      reasons.push({ code: 'same_date', params: { date: ld.filter((d) => rd.includes(d)).join(', ') } });
    } else {
      cap = Math.min(cap, 0.3);
      reasons.push({ code: 'different_date', params: { left: ld.join(', '), right: rd.join(', ') } });
    }
  }
  if (left.endTime !== null && right.endTime !== null) {
    const apart = Math.abs(left.endTime - right.endTime);
    if (apart <= DAY_MS) {
      bonus += 0.1;
      reasons.push({ code: 'close_times_near', params: { hours: Math.round(apart / 3_600_000) } });
    } else if (apart > 7 * DAY_MS) {
      cap = Math.min(cap, 0.3);
      reasons.push({ code: 'close_times_apart', params: { days: Math.round(apart / DAY_MS) } });
    }
  }
  const [lDir, rDir] = [lf.direction, rf.direction];
  const inverted = lDir !== null && rDir !== null && lDir !== rDir;
  if (inverted) reasons.push({ code: 'inverted_outcomes', params: { left: lDir ?? '', right: rDir ?? '' } });
  const confidence = Math.round(Math.min(cap, Math.min(1, text * 0.75 + bonus)) * 100) / 100;
  return { left, right, confidence, orientation: inverted ? 'inverted' : 'same', reasons };
}

/** The best candidates for one market among many, most confident first (at most `limit`). */
export function bestMatches(
  market: MatchableMarket,
  candidates: readonly MatchableMarket[],
  options: { limit?: number; minConfidence?: number } = {},
): CrossVenueMatch[] {
  return candidates
    .filter((c) => c.venue !== market.venue)
    .map((c) => matchMarkets(market, c))
    .filter((m) => m.confidence >= (options.minConfidence ?? 0.4))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, options.limit ?? 3);
}
