import { thresholds } from '../cross-venue-match';

/**
 * The question a Kalshi market asks, as the product shows and matches it. Kalshi's ladders (one
 * event, one market per strike) often share one title ("Bitcoin price on Dec 31, 2026?") and name
 * the strike only in `yes_sub_title` ("$120,000 or above"): without it every rung of the ladder
 * reads the same in the scanner, and the cross-venue matcher cannot tell $120k from $130k. The
 * subtitle is added when it names a threshold the title does not; a subtitle that only repeats the
 * title's date or says "Yes" is left out.
 */
export function kalshiQuestion(title: string, yesSubTitle: string): string {
  const sub = yesSubTitle.trim();
  if (sub === '' || title.includes(sub)) return title;
  const subThresholds = thresholds(sub);
  if (subThresholds.length === 0) return title;
  const titleThresholds = new Set(thresholds(title));
  if (subThresholds.every((value) => titleThresholds.has(value))) return title;
  return `${title.trim()} — ${sub}`;
}
