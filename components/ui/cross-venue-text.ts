import type { MatchReason } from '../../lib/core/venues/cross-venue-match';
import type { CrossVenueGapView, CrossVenueMatchView } from '../../lib/messaging/cross-venue-protocol';
import { type MessageLookup, translateCoded } from './coded-text';
import { fill } from './edge-text';
import { formatPercent, formatSignedUsd } from './format';

/**
 * The words of a cross-venue match (issue 20 §4), from the background's numbers and codes: how sure
 * the matcher is, why, which way round the question is worded, and what the gap after both venues'
 * fees means for the user. Shared by the scanner and the page overlay; `lookup` reads a message of
 * the UI's locale (optionalMessage in the extension, the YAML in tests).
 */

/** At or above: a likely match; below LOW: an unlikely one (the matcher's own bands). */
const LIKELY = 0.7;
const LOW = 0.4;

export type ConfidenceBand = 'likely' | 'possible' | 'unlikely';

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= LIKELY) return 'likely';
  if (confidence >= LOW) return 'possible';
  return 'unlikely';
}

/** "Likely match 82 %", "Possible match 55 %"; the user's own word once given ("Confirmed by you"). */
export function confidenceText(
  match: Pick<CrossVenueMatchView, 'confidence' | 'verdict' | 'manual'>,
  lookup: MessageLookup,
  locale: string,
): string {
  if (match.manual) return lookup('sameEvent.pairedByYou');
  if (match.verdict === 'confirmed') return lookup('sameEvent.confirmedByYou');
  if (match.verdict === 'rejected') return lookup('sameEvent.rejectedByYou');
  const percent = formatPercent(Math.round(match.confidence * 100) / 100, locale);
  return fill(lookup(`sameEvent.bands.${confidenceBand(match.confidence)}`), { percent });
}

/** Each reason of the matcher in words; a reason this locale cannot word is left out, never shown as a code. */
export function reasonTexts(
  reasons: readonly MatchReason[],
  lookup: MessageLookup,
  locale: string,
): string[] {
  // The matcher names the directions it read as codes ('up' / 'down'): worded here.
  const word = (code: string) => lookup(`sameEvent.directions.${code}`) || code;
  return reasons
    .map((r) =>
      r.code === 'inverted_outcomes'
        ? { code: r.code, params: { left: word(r.params.left), right: word(r.params.right) } }
        : r,
    )
    .map((r) => translateCoded('crossVenueReasons', r, lookup, locale))
    .filter((t): t is string => t !== null);
}

export type GapTone = 'edge' | 'none' | 'unknown';

/** What the gap means: a locked-in edge only when positive; zero or negative is no edge after fees. */
export function gapTone(gap: CrossVenueGapView | null): GapTone {
  if (!gap) return 'unknown';
  return gap.gap > 0 ? 'edge' : 'none';
}

/** "−$0.42 (−0.4 %)": the gap with its sign, and its return on what both legs cost with fees. */
export function gapAmountText(gap: CrossVenueGapView, locale: string): string {
  return `${formatSignedUsd(gap.gap, locale)} (${formatPercent(gap.returnRatio, locale, true)})`;
}

/** "no edge after fees" / "locked in after fees, before transfer costs" / "no price: …". */
export function gapVerdictText(gap: CrossVenueGapView | null, lookup: MessageLookup): string {
  return lookup(`sameEvent.gapVerdict.${gapTone(gap)}`);
}

/**
 * Which outcome to buy on each venue for the gap's direction: the background's own answer when it
 * gives one; else YES on one, NO on the other — or, for a question worded the other way round, the
 * same word on both (YES here is NO there).
 */
export function gapSides(
  gap: CrossVenueGapView,
  orientation: CrossVenueMatchView['orientation'],
): { left: 'yes' | 'no'; right: 'yes' | 'no' } {
  if (gap.leftOutcome && gap.rightOutcome) return { left: gap.leftOutcome, right: gap.rightOutcome };
  const left = gap.direction === 'yesA_noB' ? 'yes' : 'no';
  const opposite = left === 'yes' ? 'no' : 'yes';
  return { left, right: orientation === 'inverted' ? left : opposite };
}
