import { z } from 'zod';
import type { Micros } from '../core/model/money';
import type { VenueId } from '../core/model/venue';
import type { MatchReason } from '../core/venues/cross-venue-match';
import { message } from './define-message';

/**
 * The same event on two venues (issue 20 §4): the contract between the background's cross-venue
 * service (lib/app/cross-venue/) and the views that show it (the scanner's comparison, the page
 * overlay). A match pairs one Polymarket market (`left`) with one Kalshi market (`right`).
 *
 * - `confidence` and `reasons` are the matcher's (lib/core/venues/cross-venue-match.ts), worded in
 *   locales under `crossVenueReasons`.
 * - `verdict` is the user's correction and survives every later scan: 'confirmed' keeps the pair
 *   whatever the matcher says, 'rejected' hides it (and the matcher never proposes it again),
 *   'auto' follows the matcher. A pair the user made by hand is 'confirmed' with `manual: true`.
 * - `gap` is the best of the two directions (YES on one venue + NO on the other; for an inverted
 *   match the orientation is respected) after both venues' fees, for `stake`, walking both books
 *   (lib/core/venues/cross-venue-gap.ts). null when a book is missing or too thin for one contract.
 */
export type CrossVenueVerdict = 'auto' | 'confirmed' | 'rejected';

export interface CrossVenueLegView {
  venue: VenueId;
  /** The stored market key (bare for Polymarket, `kalshi:TICKER` for Kalshi). */
  marketId: string;
  question: string;
  /** The venue's own market page, when the venue has one. */
  url: string | null;
  endTime: number | null;
  /** Best asks of each outcome, micros; null when the side has no ask. */
  yesAsk: Micros | null;
  noAsk: Micros | null;
}

export interface CrossVenueGapView {
  /**
   * 'yesA_noB': buy YES on the left venue and, on the right one, the contract that pays when the
   * left's YES loses (NO; YES when the match is inverted); 'noA_yesB' the reverse.
   */
  direction: 'yesA_noB' | 'noA_yesB';
  /** The outcome bought on each venue, orientation applied (an inverted pair buys YES + YES or NO + NO). */
  leftOutcome?: 'yes' | 'no';
  rightOutcome?: 'yes' | 'no';
  stake: Micros;
  /** Whole contracts bought on each venue, micros. */
  contracts: Micros;
  /** Both legs' cost before fees, micros. */
  cost: Micros;
  /** Both venues' fees, micros. */
  fees: Micros;
  /** What the pairs pay minus cost and fees: positive = locked-in before transfer costs. */
  gap: Micros;
  returnRatio: number;
}

export interface CrossVenueMatchView {
  /** `${left.marketId}|${right.marketId}`. */
  id: string;
  left: CrossVenueLegView;
  right: CrossVenueLegView;
  confidence: number;
  reasons: MatchReason[];
  orientation: 'same' | 'inverted';
  verdict: CrossVenueVerdict;
  manual: boolean;
  gap: CrossVenueGapView | null;
  /** When the prices and the gap were read, epoch ms. */
  checkedAt: number;
}

export interface CrossVenueListView {
  matches: CrossVenueMatchView[];
  /** The stake the gaps are computed for (micros). */
  stake: Micros;
  /** Last refresh, epoch ms; null before the first one. */
  updatedAt: number | null;
  /** Kalshi is turned off in the settings: nothing to compare. */
  kalshiEnabled: boolean;
}

const marketKey = z.string().min(1).max(200);
const pairId = z.string().min(3).max(401);

export const crossVenueProtocol = {
  /** Every match the user has not rejected (rejected ones too with `includeRejected`), best gap first. */
  'crossVenue.list': message<CrossVenueListView>()(
    true,
    z.object({ includeRejected: z.boolean().optional() }).strict(),
  ),
  /** The matches of one Polymarket market, for the page overlay (public prices only; rejected left out). */
  'crossVenue.forMarket': message<CrossVenueMatchView[]>()(false, z.object({ marketId: marketKey }).strict()),
  /** Re-read both venues' books for every kept match and recompute the gaps now. */
  'crossVenue.refresh': message<CrossVenueListView>()(true, z.object({}).strict()),
  /** The user's correction of one match. */
  'crossVenue.setVerdict': message<CrossVenueMatchView>()(
    true,
    z.object({ id: pairId, verdict: z.enum(['auto', 'confirmed', 'rejected']) }).strict(),
  ),
  /** Pair two markets by hand (a match the matcher missed): stored as confirmed and manual. */
  'crossVenue.pair': message<CrossVenueMatchView>()(
    true,
    z.object({ polymarketId: marketKey, kalshiId: marketKey }).strict(),
  ),
} as const;

export type CrossVenueMessage = keyof typeof crossVenueProtocol;
